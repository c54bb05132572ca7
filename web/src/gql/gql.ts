/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n      localAuthority {\n        code\n        name\n        councilName\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query BookPage($id: ID!) {\n    offering(id: $id) {\n      id\n      title\n      status\n      pricePence\n      priceUnit\n      sessionMinutes\n      sessionCostPence\n      provider {\n        id\n        name\n      }\n      slots {\n        id\n        startsAt\n        endsAt\n        remaining\n      }\n    }\n    myPlans {\n      id\n      active\n      outcode\n      localAuthority {\n        councilName\n      }\n      goals {\n        id\n        description\n      }\n      budgets {\n        id\n        fundingSource\n        allocatedPence\n        availablePence\n        periodStartDate\n        periodEndDate\n      }\n    }\n  }\n": typeof types.BookPageDocument,
    "\n  mutation RequestBooking($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n      totalPence\n      paidFrom {\n        id\n        availablePence\n      }\n    }\n  }\n": typeof types.RequestBookingDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  mutation ReviewBooking($input: ReviewInput!) {\n    reviewBooking(input: $input) {\n      id\n      rating\n    }\n  }\n": typeof types.ReviewBookingDocument,
    "\n  mutation ConfirmBooking($id: ID!) {\n    confirmBooking(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConfirmBookingDocument,
    "\n  mutation DeclineBooking($id: ID!, $reason: String) {\n    declineBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineBookingDocument,
    "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteBookingDocument,
    "\n  mutation MarkNoShow($id: ID!, $reason: String) {\n    markNoShow(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.MarkNoShowDocument,
    "\n  query BookingCalendar($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n      startsAt\n      endsAt\n      offering {\n        id\n        title\n        provider {\n          name\n        }\n      }\n    }\n  }\n": typeof types.BookingCalendarDocument,
    "\n  fragment PersonBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    totalPence\n    requestedBy\n    offering {\n      id\n      title\n      provider {\n        id\n        name\n      }\n    }\n    review {\n      rating\n    }\n  }\n": typeof types.PersonBookingFragmentDoc,
    "\n  query CompareOffering($id: ID!) {\n    offering(id: $id) {\n      status\n      ...CompareColumn\n    }\n  }\n": typeof types.CompareOfferingDocument,
    "\n  query District($outcode: String!) {\n    postcodeDistrict(outcode: $outcode) {\n      outcode\n      latitude\n      longitude\n      localAuthority {\n        code\n        name\n      }\n    }\n  }\n": typeof types.DistrictDocument,
    "\n  fragment CompareColumn on Offering {\n    id\n    title\n    pricePence\n    priceUnit\n    sessionMinutes\n    deliveryModes\n    languages\n    accessibility\n    lifeAreas\n    remote\n    baseOutcode\n    rating {\n      average\n      count\n    }\n    nextAvailableSlot {\n      id\n      startsAt\n    }\n    provider {\n      id\n      name\n      kind\n      verified\n      peerLed\n    }\n  }\n": typeof types.CompareColumnFragmentDoc,
    "\n  fragment OfferingCard on Offering {\n    id\n    title\n    summary\n    pricePence\n    priceUnit\n    distanceKm\n    remote\n    deliveryModes\n    serviceRadiusKm\n    category {\n      name\n    }\n    rating {\n      average\n      count\n    }\n    nextAvailableSlot {\n      id\n      startsAt\n    }\n    provider {\n      id\n      name\n      verified\n      peerLed\n      kind\n    }\n  }\n": typeof types.OfferingCardFragmentDoc,
    "\n  fragment OfferingDetails on Offering {\n    id\n    title\n    summary\n    description\n    status\n    pricePence\n    priceUnit\n    sessionMinutes\n    deliveryModes\n    languages\n    accessibility\n    lifeAreas\n    minimumAge\n    maximumAge\n    remote\n    serviceRadiusKm\n    baseOutcode\n    category {\n      slug\n      name\n    }\n    rating {\n      average\n      count\n    }\n    provider {\n      id\n      name\n      kind\n      verified\n      peerLed\n      website\n      verifications {\n        ...CheckedFields\n      }\n    }\n    contact {\n      ...ContactFields\n    }\n  }\n": typeof types.OfferingDetailsFragmentDoc,
    "\n  query OfferingPage($id: ID!) {\n    offering(id: $id) {\n      ...OfferingDetails\n      slots {\n        id\n        startsAt\n        endsAt\n        remaining\n      }\n    }\n  }\n": typeof types.OfferingPageDocument,
    "\n  query ProviderPage($id: ID!) {\n    provider(id: $id) {\n      id\n      name\n      description\n      kind\n      verified\n      peerLed\n      website\n      verifications {\n        ...CheckedFields\n      }\n      baseOutcode\n      contact {\n        ...ContactFields\n      }\n      rating {\n        average\n        count\n      }\n      offerings(first: 50) {\n        edges {\n          node {\n            ...OfferingCard\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProviderPageDocument,
    "\n  query Search($filter: OfferingFilter, $sort: OfferingSort, $first: Int, $after: String, $withResults: Boolean!) {\n    categories {\n      slug\n      name\n      description\n    }\n    offerings(filter: $filter, sort: $sort, first: $first, after: $after) @include(if: $withResults) {\n      resultCount(limit: 1000) {\n        count\n        hasMore\n      }\n      edges {\n        node {\n          ...OfferingCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query HomeDistrict {\n    myPlans {\n      id\n      active\n      outcode\n      budgets {\n        id\n        fundingSource\n        periodStartDate\n        periodEndDate\n      }\n    }\n  }\n": typeof types.HomeDistrictDocument,
    "\n  query ConsoleCouncils {\n    commissioningAuthorities {\n      code\n      councilName\n    }\n  }\n": typeof types.ConsoleCouncilsDocument,
    "\n  mutation ConsoleCreateCommissioner($input: CreateCommissionerInput!) {\n    createCommissioner(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ConsoleCreateCommissionerDocument,
    "\n  fragment AreaBudget on Budget {\n    id\n    fundingSource\n    allocatedPence\n    committedPence\n    spentPence\n    availablePence\n    periodStartDate\n    periodEndDate\n  }\n": typeof types.AreaBudgetFragmentDoc,
    "\n  query ConsoleAreaPlans($after: String, $outcode: String, $reference: String, $localAuthorityCode: String) {\n    areaPlans(first: 20, after: $after, outcode: $outcode, reference: $reference, localAuthorityCode: $localAuthorityCode) {\n      edges {\n        node {\n          id\n          reference\n          outcode\n          active\n          createdAt\n          budgets {\n            ...AreaBudget\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleAreaPlansDocument,
    "\n  mutation ConsoleAllocateBudget($input: AllocateBudgetInput!) {\n    allocateBudget(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleAllocateBudgetDocument,
    "\n  mutation ConsoleAdjustBudget($input: AdjustBudgetInput!) {\n    adjustBudget(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleAdjustBudgetDocument,
    "\n  query ConsoleScheme($code: String!) {\n    allocationScheme(localAuthorityCode: $code) {\n      version\n      pencePerPoint\n      publishedAt\n      note\n      localAuthority {\n        councilName\n      }\n      rates {\n        lifeArea\n        somePoints\n        substantialPoints\n        criticalPoints\n      }\n    }\n  }\n": typeof types.ConsoleSchemeDocument,
    "\n  mutation ConsolePublishScheme($input: PublishAllocationVersionInput!) {\n    publishAllocationVersion(input: $input) {\n      version\n    }\n  }\n": typeof types.ConsolePublishSchemeDocument,
    "\n  fragment ContactFields on ContactDetails {\n    email\n    phone\n    website\n    venueAddress\n    venueOutcode\n    accessibility\n    hours\n  }\n": typeof types.ContactFieldsFragmentDoc,
    "\n  fragment DistrictRow on DistrictMarket {\n    localAuthority {\n      code\n      name\n    }\n    postcodeDistricts\n    demand\n    unmetSearches\n    localSupply\n    suppressed\n  }\n": typeof types.DistrictRowFragmentDoc,
    "\n  fragment GapRow on MarketGap {\n    category {\n      slug\n      name\n    }\n    demand\n    unmetSearches\n    supply\n    localSupply\n    freePlaces\n    gapIndex\n    gapIndexLow\n    gapIndexHigh\n    gapBand\n    suppressed\n    asOf\n  }\n": typeof types.GapRowFragmentDoc,
    "\n  query Market($la: String!, $isAdmin: Boolean!) {\n    commissioningAuthorities @include(if: $isAdmin) {\n      code\n      name\n      councilName\n    }\n    marketPrices(localAuthorityCode: $la) {\n      ...PriceRow\n    }\n    marketTrends(localAuthorityCode: $la) {\n      ...TrendMonth\n    }\n    marketDistricts(localAuthorityCode: $la) {\n      ...DistrictRow\n    }\n    marketSupplyByOutcode(localAuthorityCode: $la) {\n      outcode\n      offerings\n    }\n    marketGaps(localAuthorityCode: $la) {\n      ...GapRow\n    }\n    marketDiversity(localAuthorityCode: $la) {\n      asOf\n      hhi\n      providerCount\n      spentPence\n      peerLedProviderShare\n      peerLedSpendShare\n      byKind {\n        kind\n        providers\n        spendShare\n      }\n    }\n    outcomesByCategory(localAuthorityCode: $la) {\n      category {\n        slug\n        name\n      }\n      people\n      meanScoreChange\n      spentPence\n      suppressed\n    }\n  }\n": typeof types.MarketDocument,
    "\n  fragment PriceRow on CategoryPrices {\n    category {\n      slug\n      name\n    }\n    offerings\n    session {\n      lowerQuartilePence\n      medianPence\n      upperQuartilePence\n    }\n    hourly {\n      lowerQuartilePence\n      medianPence\n      upperQuartilePence\n    }\n    nationalOfferings\n    nationalSession {\n      medianPence\n    }\n    nationalHourly {\n      medianPence\n    }\n    hourlyVsNational\n  }\n": typeof types.PriceRowFragmentDoc,
    "\n  fragment TrendMonth on MarketMonth {\n    month\n    demand\n    supply\n    freePlaces\n    unmetSearches\n    spentPence\n    outcomePeople\n    meanScoreChange\n    suppressed\n  }\n": typeof types.TrendMonthFragmentDoc,
    "\n  query MyConversations($after: String) {\n    myConversations(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          personName\n          unreadCount\n          lastMessageAt\n          provider {\n            id\n            name\n          }\n          offering {\n            id\n            title\n          }\n          booking {\n            id\n            startsAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyConversationsDocument,
    "\n  query ConversationPage($id: ID!) {\n    conversation(id: $id) {\n      id\n      personName\n      provider {\n        id\n        name\n      }\n      offering {\n        id\n        title\n      }\n      booking {\n        id\n        startsAt\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            id\n            body\n            sentAt\n            fromProvider\n            senderName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConversationPageDocument,
    "\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      id\n    }\n  }\n": typeof types.StartConversationDocument,
    "\n  mutation SendMessage($conversationId: ID!, $body: String!) {\n    sendMessage(conversationId: $conversationId, body: $body) {\n      id\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  query MyPlanIds {\n    myPlans {\n      id\n    }\n  }\n": typeof types.MyPlanIdsDocument,
    "\n  query UnreadNotifications {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  query NotificationsPage($after: String) {\n    notifications(first: 30, after: $after) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    notificationPreferences {\n      email\n      reminders\n    }\n  }\n": typeof types.NotificationsPageDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      email\n      reminders\n    }\n  }\n": typeof types.SetNotificationPreferencesDocument,
    "\n  fragment BudgetPanel on Budget {\n    id\n    fundingSource\n    allocatedPence\n    committedPence\n    spentPence\n    availablePence\n    periodStartDate\n    periodEndDate\n    statement(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          amountPence\n          availableChangePence\n          availableAfterPence\n          createdAt\n          note\n          description\n          actedFor\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.BudgetPanelFragmentDoc,
    "\n  fragment GoalPanel on Goal {\n    id\n    lifeArea\n    description\n    baselineScore\n    latestScore\n    scoreChange\n    history {\n      id\n      score\n      recordedAt\n    }\n  }\n": typeof types.GoalPanelFragmentDoc,
    "\n  query PlanDetails($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      outcode\n      age\n      needs {\n        slug\n      }\n      preferences {\n        languages\n        deliveryModes\n        maxTravelKm\n        prefersPeerSupport\n        accessibility\n      }\n    }\n    categories {\n      slug\n      name\n    }\n  }\n": typeof types.PlanDetailsDocument,
    "\n  mutation UpdateSupportPlan($id: ID!, $input: UpdateSupportPlanInput!) {\n    updateSupportPlan(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateSupportPlanDocument,
    "\n  mutation AddOwnMoney($input: AllocateBudgetInput!) {\n    allocateBudget(input: $input) {\n      id\n      availablePence\n    }\n  }\n": typeof types.AddOwnMoneyDocument,
    "\n  mutation TopUpOwnMoney($input: AdjustBudgetInput!) {\n    adjustBudget(input: $input) {\n      id\n      availablePence\n    }\n  }\n": typeof types.TopUpOwnMoneyDocument,
    "\n  mutation ReportUnmetNeed($input: UnmetNeedInput!) {\n    reportUnmetNeed(input: $input)\n  }\n": typeof types.ReportUnmetNeedDocument,
    "\n  query CareCouncil($outcode: String!) {\n    postcodeDistrict(outcode: $outcode) {\n      outcode\n      commissioningAuthority {\n        code\n        name\n        councilName\n      }\n    }\n  }\n": typeof types.CareCouncilDocument,
    "\n  query MyPlan {\n    myPlans {\n      id\n      active\n      outcode\n      localAuthority {\n        code\n        name\n      }\n      needs {\n        slug\n        name\n      }\n      goals {\n        ...GoalPanel\n      }\n      wellbeingChecks {\n        id\n        rawScore\n        metricScore\n        recordedAt\n      }\n    }\n  }\n": typeof types.MyPlanDocument,
    "\n  query PlanMoney($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      budgets {\n        ...BudgetPanel\n      }\n      bookings(first: 20) {\n        edges {\n          node {\n            ...PersonBooking\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanMoneyDocument,
    "\n  query Matches($planId: ID!) {\n    matches(planId: $planId, first: 5) {\n      score\n      sessionCostPence\n      offering {\n        id\n        title\n        pricePence\n        priceUnit\n        provider {\n          name\n        }\n      }\n      reasons {\n        factor\n        explanation\n        score\n        weight\n      }\n    }\n  }\n": typeof types.MatchesDocument,
    "\n  query StatementCsv {\n    myPlans {\n      budgets {\n        id\n        statementCsv\n      }\n    }\n  }\n": typeof types.StatementCsvDocument,
    "\n  mutation RecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      latestScore\n    }\n  }\n": typeof types.RecordOutcomeDocument,
    "\n  mutation RecordWellbeingCheck($input: WellbeingCheckInput!) {\n    recordWellbeingCheck(input: $input) {\n      id\n      rawScore\n      metricScore\n    }\n  }\n": typeof types.RecordWellbeingCheckDocument,
    "\n  mutation CreateSupportPlan($input: CreateSupportPlanInput!) {\n    createSupportPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSupportPlanDocument,
    "\n  mutation AddGoal($planId: ID!, $input: GoalInput!) {\n    addGoal(planId: $planId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddGoalDocument,
    "\n  query Calculator($input: NeedsAssessmentInput!, $withResult: Boolean!) {\n    commissioningAuthorities {\n      code\n      name\n      councilName\n    }\n    indicativeBudget(input: $input) @include(if: $withResult) {\n      annualPence\n      points\n      pencePerPoint\n      explanation\n      schemeVersion\n      localAuthority {\n        name\n      }\n      breakdown {\n        lifeArea\n        level\n        points\n        pence\n      }\n    }\n  }\n": typeof types.CalculatorDocument,
    "\n  query StayingSafe($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      reference\n      stayingSafe {\n        risksTaken\n        whatHelps\n        contacts {\n          name\n          phone\n        }\n        updatedAt\n      }\n    }\n  }\n": typeof types.StayingSafeDocument,
    "\n  mutation SetStayingSafe($planId: ID!, $input: StayingSafeInput!) {\n    setStayingSafe(planId: $planId, input: $input) {\n      updatedAt\n    }\n  }\n": typeof types.SetStayingSafeDocument,
    "\n  fragment ProviderBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    totalPence\n    personName\n    offering {\n      id\n      title\n    }\n  }\n": typeof types.ProviderBookingFragmentDoc,
    "\n  query ProviderPortal {\n    myProviders {\n      id\n      name\n      kind\n      verified\n      baseOutcode\n      suspendedAt\n      suspensionReason\n      requiredVerifications\n      verifications {\n        ...CheckedFields\n        reference\n        reviewNote\n      }\n      offerings(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n            pricePence\n            priceUnit\n            nextAvailableSlot {\n              startsAt\n            }\n          }\n        }\n      }\n    }\n    providerBookings(status: REQUESTED, first: 10) {\n      edges {\n        node {\n          ...ProviderBooking\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ProviderPortalDocument,
    "\n  query ProviderBookings($status: BookingStatus, $after: String) {\n    providerBookings(status: $status, first: 30, after: $after) {\n      edges {\n        node {\n          ...ProviderBooking\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ProviderBookingsDocument,
    "\n  query OfferingEdit($id: ID!, $slotsFrom: DateTimeISO, $slotsTo: DateTimeISO) {\n    categories {\n      slug\n      name\n    }\n    offering(id: $id) {\n      id\n      title\n      summary\n      description\n      status\n      pricePence\n      priceUnit\n      sessionMinutes\n      serviceRadiusKm\n      baseOutcode\n      deliveryModes\n      languages\n      accessibility\n      category {\n        slug\n      }\n      provider {\n        id\n        name\n      }\n      slots(from: $slotsFrom, to: $slotsTo) {\n        id\n        startsAt\n        endsAt\n        capacity\n        remaining\n      }\n    }\n  }\n": typeof types.OfferingEditDocument,
    "\n  query Categories {\n    categories {\n      slug\n      name\n    }\n    myProviders {\n      id\n      name\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  mutation CreateProvider($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProviderDocument,
    "\n  mutation CreateOffering($providerId: ID!, $input: OfferingInput!) {\n    createOffering(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOfferingDocument,
    "\n  mutation UpdateOffering($id: ID!, $input: OfferingInput!) {\n    updateOffering(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateOfferingDocument,
    "\n  mutation PublishOffering($id: ID!) {\n    publishOffering(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishOfferingDocument,
    "\n  mutation PauseOffering($id: ID!) {\n    pauseOffering(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PauseOfferingDocument,
    "\n  mutation AddSlots($offeringId: ID!, $slots: [SlotInput!]!) {\n    addSlots(offeringId: $offeringId, slots: $slots) {\n      id\n    }\n  }\n": typeof types.AddSlotsDocument,
    "\n  fragment ReviewFields on Review {\n    id\n    rating\n    comment\n    authorName\n    offeringTitle\n    createdAt\n  }\n": typeof types.ReviewFieldsFragmentDoc,
    "\n  fragment ReviewPageFields on ReviewConnection {\n    edges {\n      node {\n        ...ReviewFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.ReviewPageFieldsFragmentDoc,
    "\n  query OfferingReviews($id: ID!, $after: String) {\n    offering(id: $id) {\n      id\n      reviews(first: 10, after: $after) {\n        ...ReviewPageFields\n      }\n    }\n  }\n": typeof types.OfferingReviewsDocument,
    "\n  query ProviderReviews($id: ID!, $after: String) {\n    provider(id: $id) {\n      id\n      reviews(first: 10, after: $after) {\n        ...ReviewPageFields\n      }\n    }\n  }\n": typeof types.ProviderReviewsDocument,
    "\n  mutation ReportReview($input: ReportReviewInput!) {\n    reportReview(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportReviewDocument,
    "\n  query ReviewModeration($reportedAfter: String, $hiddenAfter: String) {\n    reportedReviews(first: 20, after: $reportedAfter) {\n      edges {\n        node {\n          ...ReviewFields\n          reports {\n            reason\n            reportedAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    hiddenReviews(first: 20, after: $hiddenAfter) {\n      edges {\n        node {\n          ...ReviewFields\n          hiddenAt\n          hiddenReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReviewModerationDocument,
    "\n  mutation HideReview($input: HideReviewInput!) {\n    hideReview(input: $input) {\n      id\n    }\n  }\n": typeof types.HideReviewDocument,
    "\n  mutation UnhideReview($id: ID!) {\n    unhideReview(id: $id) {\n      id\n    }\n  }\n": typeof types.UnhideReviewDocument,
    "\n  mutation KeepReview($id: ID!) {\n    keepReview(id: $id) {\n      id\n    }\n  }\n": typeof types.KeepReviewDocument,
    "\n  fragment CheckedFields on Verification {\n    id\n    kind\n    status\n    checkedAt\n    expiresOn\n  }\n": typeof types.CheckedFieldsFragmentDoc,
    "\n  mutation RaiseConcern($input: RaiseConcernInput!) {\n    raiseConcern(input: $input) {\n      id\n    }\n  }\n": typeof types.RaiseConcernDocument,
    "\n  query ConcernAbout($providerId: ID!) {\n    provider(id: $providerId) {\n      id\n      name\n    }\n  }\n": typeof types.ConcernAboutDocument,
    "\n  query MyConcerns($status: ConcernStatus, $after: String) {\n    concerns(status: $status, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          status\n          description\n          raisedAt\n          acknowledgeBy\n          acknowledgedAt\n          closedAt\n          outcome\n          overdue\n          provider {\n            id\n            name\n          }\n          offering {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyConcernsDocument,
    "\n  query ConcernDetail($id: ID!) {\n    concern(id: $id) {\n      id\n      status\n      description\n      raisedAt\n      acknowledgeBy\n      acknowledgedAt\n      closedAt\n      outcome\n      overdue\n      bookingStartsAt\n      provider {\n        id\n        name\n        suspendedAt\n      }\n      offering {\n        id\n        title\n      }\n      raisedBy {\n        name\n        email\n        contact\n      }\n      history {\n        status\n        at\n        actorName\n        note\n      }\n    }\n  }\n": typeof types.ConcernDetailDocument,
    "\n  mutation UpdateConcern($id: ID!, $status: ConcernStatus!, $note: String) {\n    updateConcern(id: $id, status: $status, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateConcernDocument,
    "\n  query VerificationQueue($after: String) {\n    verificationQueue(first: 50, after: $after) {\n      id\n      kind\n      reference\n      expiresOn\n      submittedAt\n      provider {\n        id\n        name\n        kind\n        requiredVerifications\n      }\n    }\n  }\n": typeof types.VerificationQueueDocument,
    "\n  mutation ReviewVerification($id: ID!, $approve: Boolean!, $note: String) {\n    reviewVerification(id: $id, approve: $approve, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ReviewVerificationDocument,
    "\n  mutation SubmitVerification($providerId: ID!, $input: VerificationInput!) {\n    submitVerification(providerId: $providerId, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitVerificationDocument,
    "\n  query AdminProvider($id: ID!) {\n    provider(id: $id) {\n      id\n      name\n      kind\n      baseOutcode\n      verified\n      suspendedAt\n      suspensionReason\n      requiredVerifications\n      verifications {\n        ...CheckedFields\n        reference\n      }\n    }\n  }\n": typeof types.AdminProviderDocument,
    "\n  mutation SuspendProvider($id: ID!, $reason: String!) {\n    suspendProvider(id: $id, reason: $reason) {\n      id\n      suspendedAt\n    }\n  }\n": typeof types.SuspendProviderDocument,
    "\n  mutation LiftProviderSuspension($id: ID!) {\n    liftProviderSuspension(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n": typeof types.LiftProviderSuspensionDocument,
    "\n  query MySupporterRoles {\n    mySupporterRoles {\n      id\n      planId\n      personName\n      relationship\n      access\n      status\n      invitedAt\n      authorisedReason\n    }\n  }\n": typeof types.MySupporterRolesDocument,
    "\n  query Circle($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      supporters {\n        id\n        name\n        email\n        relationship\n        access\n        status\n        invitedAt\n        authorisedReason\n      }\n      readLog {\n        id\n        readerName\n        readerRole\n        relationship\n        readAt\n      }\n    }\n  }\n": typeof types.CircleDocument,
    "\n  mutation InviteSupporter($input: InviteSupporterInput!) {\n    inviteSupporter(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.InviteSupporterDocument,
    "\n  mutation AcceptSupporterInvitation($id: ID!) {\n    acceptSupporterInvitation(id: $id) {\n      id\n      planId\n      status\n    }\n  }\n": typeof types.AcceptSupporterInvitationDocument,
    "\n  mutation RevokeSupporter($id: ID!) {\n    revokeSupporter(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeSupporterDocument,
    "\n  query ActingPlan($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      active\n      outcode\n      localAuthority {\n        code\n        name\n      }\n      needs {\n        slug\n        name\n      }\n      goals {\n        ...GoalPanel\n      }\n      wellbeingChecks {\n        id\n        rawScore\n        metricScore\n        recordedAt\n      }\n    }\n  }\n": typeof types.ActingPlanDocument,
    "\n  query ActingBookPlan($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      active\n      outcode\n      localAuthority {\n        councilName\n      }\n      goals {\n        id\n        description\n      }\n      budgets {\n        id\n        fundingSource\n        allocatedPence\n        availablePence\n        periodStartDate\n        periodEndDate\n      }\n    }\n  }\n": typeof types.ActingBookPlanDocument,
    "\n  query ActingStatementCsv($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      budgets {\n        id\n        statementCsv\n      }\n    }\n  }\n": typeof types.ActingStatementCsvDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n      localAuthority {\n        code\n        name\n        councilName\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query BookPage($id: ID!) {\n    offering(id: $id) {\n      id\n      title\n      status\n      pricePence\n      priceUnit\n      sessionMinutes\n      sessionCostPence\n      provider {\n        id\n        name\n      }\n      slots {\n        id\n        startsAt\n        endsAt\n        remaining\n      }\n    }\n    myPlans {\n      id\n      active\n      outcode\n      localAuthority {\n        councilName\n      }\n      goals {\n        id\n        description\n      }\n      budgets {\n        id\n        fundingSource\n        allocatedPence\n        availablePence\n        periodStartDate\n        periodEndDate\n      }\n    }\n  }\n": types.BookPageDocument,
    "\n  mutation RequestBooking($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n      totalPence\n      paidFrom {\n        id\n        availablePence\n      }\n    }\n  }\n": types.RequestBookingDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation ReviewBooking($input: ReviewInput!) {\n    reviewBooking(input: $input) {\n      id\n      rating\n    }\n  }\n": types.ReviewBookingDocument,
    "\n  mutation ConfirmBooking($id: ID!) {\n    confirmBooking(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConfirmBookingDocument,
    "\n  mutation DeclineBooking($id: ID!, $reason: String) {\n    declineBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.DeclineBookingDocument,
    "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n    }\n  }\n": types.CompleteBookingDocument,
    "\n  mutation MarkNoShow($id: ID!, $reason: String) {\n    markNoShow(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.MarkNoShowDocument,
    "\n  query BookingCalendar($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n      startsAt\n      endsAt\n      offering {\n        id\n        title\n        provider {\n          name\n        }\n      }\n    }\n  }\n": types.BookingCalendarDocument,
    "\n  fragment PersonBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    totalPence\n    requestedBy\n    offering {\n      id\n      title\n      provider {\n        id\n        name\n      }\n    }\n    review {\n      rating\n    }\n  }\n": types.PersonBookingFragmentDoc,
    "\n  query CompareOffering($id: ID!) {\n    offering(id: $id) {\n      status\n      ...CompareColumn\n    }\n  }\n": types.CompareOfferingDocument,
    "\n  query District($outcode: String!) {\n    postcodeDistrict(outcode: $outcode) {\n      outcode\n      latitude\n      longitude\n      localAuthority {\n        code\n        name\n      }\n    }\n  }\n": types.DistrictDocument,
    "\n  fragment CompareColumn on Offering {\n    id\n    title\n    pricePence\n    priceUnit\n    sessionMinutes\n    deliveryModes\n    languages\n    accessibility\n    lifeAreas\n    remote\n    baseOutcode\n    rating {\n      average\n      count\n    }\n    nextAvailableSlot {\n      id\n      startsAt\n    }\n    provider {\n      id\n      name\n      kind\n      verified\n      peerLed\n    }\n  }\n": types.CompareColumnFragmentDoc,
    "\n  fragment OfferingCard on Offering {\n    id\n    title\n    summary\n    pricePence\n    priceUnit\n    distanceKm\n    remote\n    deliveryModes\n    serviceRadiusKm\n    category {\n      name\n    }\n    rating {\n      average\n      count\n    }\n    nextAvailableSlot {\n      id\n      startsAt\n    }\n    provider {\n      id\n      name\n      verified\n      peerLed\n      kind\n    }\n  }\n": types.OfferingCardFragmentDoc,
    "\n  fragment OfferingDetails on Offering {\n    id\n    title\n    summary\n    description\n    status\n    pricePence\n    priceUnit\n    sessionMinutes\n    deliveryModes\n    languages\n    accessibility\n    lifeAreas\n    minimumAge\n    maximumAge\n    remote\n    serviceRadiusKm\n    baseOutcode\n    category {\n      slug\n      name\n    }\n    rating {\n      average\n      count\n    }\n    provider {\n      id\n      name\n      kind\n      verified\n      peerLed\n      website\n      verifications {\n        ...CheckedFields\n      }\n    }\n    contact {\n      ...ContactFields\n    }\n  }\n": types.OfferingDetailsFragmentDoc,
    "\n  query OfferingPage($id: ID!) {\n    offering(id: $id) {\n      ...OfferingDetails\n      slots {\n        id\n        startsAt\n        endsAt\n        remaining\n      }\n    }\n  }\n": types.OfferingPageDocument,
    "\n  query ProviderPage($id: ID!) {\n    provider(id: $id) {\n      id\n      name\n      description\n      kind\n      verified\n      peerLed\n      website\n      verifications {\n        ...CheckedFields\n      }\n      baseOutcode\n      contact {\n        ...ContactFields\n      }\n      rating {\n        average\n        count\n      }\n      offerings(first: 50) {\n        edges {\n          node {\n            ...OfferingCard\n            status\n          }\n        }\n      }\n    }\n  }\n": types.ProviderPageDocument,
    "\n  query Search($filter: OfferingFilter, $sort: OfferingSort, $first: Int, $after: String, $withResults: Boolean!) {\n    categories {\n      slug\n      name\n      description\n    }\n    offerings(filter: $filter, sort: $sort, first: $first, after: $after) @include(if: $withResults) {\n      resultCount(limit: 1000) {\n        count\n        hasMore\n      }\n      edges {\n        node {\n          ...OfferingCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query HomeDistrict {\n    myPlans {\n      id\n      active\n      outcode\n      budgets {\n        id\n        fundingSource\n        periodStartDate\n        periodEndDate\n      }\n    }\n  }\n": types.HomeDistrictDocument,
    "\n  query ConsoleCouncils {\n    commissioningAuthorities {\n      code\n      councilName\n    }\n  }\n": types.ConsoleCouncilsDocument,
    "\n  mutation ConsoleCreateCommissioner($input: CreateCommissionerInput!) {\n    createCommissioner(input: $input) {\n      id\n      name\n    }\n  }\n": types.ConsoleCreateCommissionerDocument,
    "\n  fragment AreaBudget on Budget {\n    id\n    fundingSource\n    allocatedPence\n    committedPence\n    spentPence\n    availablePence\n    periodStartDate\n    periodEndDate\n  }\n": types.AreaBudgetFragmentDoc,
    "\n  query ConsoleAreaPlans($after: String, $outcode: String, $reference: String, $localAuthorityCode: String) {\n    areaPlans(first: 20, after: $after, outcode: $outcode, reference: $reference, localAuthorityCode: $localAuthorityCode) {\n      edges {\n        node {\n          id\n          reference\n          outcode\n          active\n          createdAt\n          budgets {\n            ...AreaBudget\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleAreaPlansDocument,
    "\n  mutation ConsoleAllocateBudget($input: AllocateBudgetInput!) {\n    allocateBudget(input: $input) {\n      id\n    }\n  }\n": types.ConsoleAllocateBudgetDocument,
    "\n  mutation ConsoleAdjustBudget($input: AdjustBudgetInput!) {\n    adjustBudget(input: $input) {\n      id\n    }\n  }\n": types.ConsoleAdjustBudgetDocument,
    "\n  query ConsoleScheme($code: String!) {\n    allocationScheme(localAuthorityCode: $code) {\n      version\n      pencePerPoint\n      publishedAt\n      note\n      localAuthority {\n        councilName\n      }\n      rates {\n        lifeArea\n        somePoints\n        substantialPoints\n        criticalPoints\n      }\n    }\n  }\n": types.ConsoleSchemeDocument,
    "\n  mutation ConsolePublishScheme($input: PublishAllocationVersionInput!) {\n    publishAllocationVersion(input: $input) {\n      version\n    }\n  }\n": types.ConsolePublishSchemeDocument,
    "\n  fragment ContactFields on ContactDetails {\n    email\n    phone\n    website\n    venueAddress\n    venueOutcode\n    accessibility\n    hours\n  }\n": types.ContactFieldsFragmentDoc,
    "\n  fragment DistrictRow on DistrictMarket {\n    localAuthority {\n      code\n      name\n    }\n    postcodeDistricts\n    demand\n    unmetSearches\n    localSupply\n    suppressed\n  }\n": types.DistrictRowFragmentDoc,
    "\n  fragment GapRow on MarketGap {\n    category {\n      slug\n      name\n    }\n    demand\n    unmetSearches\n    supply\n    localSupply\n    freePlaces\n    gapIndex\n    gapIndexLow\n    gapIndexHigh\n    gapBand\n    suppressed\n    asOf\n  }\n": types.GapRowFragmentDoc,
    "\n  query Market($la: String!, $isAdmin: Boolean!) {\n    commissioningAuthorities @include(if: $isAdmin) {\n      code\n      name\n      councilName\n    }\n    marketPrices(localAuthorityCode: $la) {\n      ...PriceRow\n    }\n    marketTrends(localAuthorityCode: $la) {\n      ...TrendMonth\n    }\n    marketDistricts(localAuthorityCode: $la) {\n      ...DistrictRow\n    }\n    marketSupplyByOutcode(localAuthorityCode: $la) {\n      outcode\n      offerings\n    }\n    marketGaps(localAuthorityCode: $la) {\n      ...GapRow\n    }\n    marketDiversity(localAuthorityCode: $la) {\n      asOf\n      hhi\n      providerCount\n      spentPence\n      peerLedProviderShare\n      peerLedSpendShare\n      byKind {\n        kind\n        providers\n        spendShare\n      }\n    }\n    outcomesByCategory(localAuthorityCode: $la) {\n      category {\n        slug\n        name\n      }\n      people\n      meanScoreChange\n      spentPence\n      suppressed\n    }\n  }\n": types.MarketDocument,
    "\n  fragment PriceRow on CategoryPrices {\n    category {\n      slug\n      name\n    }\n    offerings\n    session {\n      lowerQuartilePence\n      medianPence\n      upperQuartilePence\n    }\n    hourly {\n      lowerQuartilePence\n      medianPence\n      upperQuartilePence\n    }\n    nationalOfferings\n    nationalSession {\n      medianPence\n    }\n    nationalHourly {\n      medianPence\n    }\n    hourlyVsNational\n  }\n": types.PriceRowFragmentDoc,
    "\n  fragment TrendMonth on MarketMonth {\n    month\n    demand\n    supply\n    freePlaces\n    unmetSearches\n    spentPence\n    outcomePeople\n    meanScoreChange\n    suppressed\n  }\n": types.TrendMonthFragmentDoc,
    "\n  query MyConversations($after: String) {\n    myConversations(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          personName\n          unreadCount\n          lastMessageAt\n          provider {\n            id\n            name\n          }\n          offering {\n            id\n            title\n          }\n          booking {\n            id\n            startsAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyConversationsDocument,
    "\n  query ConversationPage($id: ID!) {\n    conversation(id: $id) {\n      id\n      personName\n      provider {\n        id\n        name\n      }\n      offering {\n        id\n        title\n      }\n      booking {\n        id\n        startsAt\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            id\n            body\n            sentAt\n            fromProvider\n            senderName\n          }\n        }\n      }\n    }\n  }\n": types.ConversationPageDocument,
    "\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      id\n    }\n  }\n": types.StartConversationDocument,
    "\n  mutation SendMessage($conversationId: ID!, $body: String!) {\n    sendMessage(conversationId: $conversationId, body: $body) {\n      id\n    }\n  }\n": types.SendMessageDocument,
    "\n  query MyPlanIds {\n    myPlans {\n      id\n    }\n  }\n": types.MyPlanIdsDocument,
    "\n  query UnreadNotifications {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": types.UnreadNotificationsDocument,
    "\n  query NotificationsPage($after: String) {\n    notifications(first: 30, after: $after) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    notificationPreferences {\n      email\n      reminders\n    }\n  }\n": types.NotificationsPageDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      email\n      reminders\n    }\n  }\n": types.SetNotificationPreferencesDocument,
    "\n  fragment BudgetPanel on Budget {\n    id\n    fundingSource\n    allocatedPence\n    committedPence\n    spentPence\n    availablePence\n    periodStartDate\n    periodEndDate\n    statement(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          amountPence\n          availableChangePence\n          availableAfterPence\n          createdAt\n          note\n          description\n          actedFor\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.BudgetPanelFragmentDoc,
    "\n  fragment GoalPanel on Goal {\n    id\n    lifeArea\n    description\n    baselineScore\n    latestScore\n    scoreChange\n    history {\n      id\n      score\n      recordedAt\n    }\n  }\n": types.GoalPanelFragmentDoc,
    "\n  query PlanDetails($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      outcode\n      age\n      needs {\n        slug\n      }\n      preferences {\n        languages\n        deliveryModes\n        maxTravelKm\n        prefersPeerSupport\n        accessibility\n      }\n    }\n    categories {\n      slug\n      name\n    }\n  }\n": types.PlanDetailsDocument,
    "\n  mutation UpdateSupportPlan($id: ID!, $input: UpdateSupportPlanInput!) {\n    updateSupportPlan(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateSupportPlanDocument,
    "\n  mutation AddOwnMoney($input: AllocateBudgetInput!) {\n    allocateBudget(input: $input) {\n      id\n      availablePence\n    }\n  }\n": types.AddOwnMoneyDocument,
    "\n  mutation TopUpOwnMoney($input: AdjustBudgetInput!) {\n    adjustBudget(input: $input) {\n      id\n      availablePence\n    }\n  }\n": types.TopUpOwnMoneyDocument,
    "\n  mutation ReportUnmetNeed($input: UnmetNeedInput!) {\n    reportUnmetNeed(input: $input)\n  }\n": types.ReportUnmetNeedDocument,
    "\n  query CareCouncil($outcode: String!) {\n    postcodeDistrict(outcode: $outcode) {\n      outcode\n      commissioningAuthority {\n        code\n        name\n        councilName\n      }\n    }\n  }\n": types.CareCouncilDocument,
    "\n  query MyPlan {\n    myPlans {\n      id\n      active\n      outcode\n      localAuthority {\n        code\n        name\n      }\n      needs {\n        slug\n        name\n      }\n      goals {\n        ...GoalPanel\n      }\n      wellbeingChecks {\n        id\n        rawScore\n        metricScore\n        recordedAt\n      }\n    }\n  }\n": types.MyPlanDocument,
    "\n  query PlanMoney($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      budgets {\n        ...BudgetPanel\n      }\n      bookings(first: 20) {\n        edges {\n          node {\n            ...PersonBooking\n          }\n        }\n      }\n    }\n  }\n": types.PlanMoneyDocument,
    "\n  query Matches($planId: ID!) {\n    matches(planId: $planId, first: 5) {\n      score\n      sessionCostPence\n      offering {\n        id\n        title\n        pricePence\n        priceUnit\n        provider {\n          name\n        }\n      }\n      reasons {\n        factor\n        explanation\n        score\n        weight\n      }\n    }\n  }\n": types.MatchesDocument,
    "\n  query StatementCsv {\n    myPlans {\n      budgets {\n        id\n        statementCsv\n      }\n    }\n  }\n": types.StatementCsvDocument,
    "\n  mutation RecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      latestScore\n    }\n  }\n": types.RecordOutcomeDocument,
    "\n  mutation RecordWellbeingCheck($input: WellbeingCheckInput!) {\n    recordWellbeingCheck(input: $input) {\n      id\n      rawScore\n      metricScore\n    }\n  }\n": types.RecordWellbeingCheckDocument,
    "\n  mutation CreateSupportPlan($input: CreateSupportPlanInput!) {\n    createSupportPlan(input: $input) {\n      id\n    }\n  }\n": types.CreateSupportPlanDocument,
    "\n  mutation AddGoal($planId: ID!, $input: GoalInput!) {\n    addGoal(planId: $planId, input: $input) {\n      id\n    }\n  }\n": types.AddGoalDocument,
    "\n  query Calculator($input: NeedsAssessmentInput!, $withResult: Boolean!) {\n    commissioningAuthorities {\n      code\n      name\n      councilName\n    }\n    indicativeBudget(input: $input) @include(if: $withResult) {\n      annualPence\n      points\n      pencePerPoint\n      explanation\n      schemeVersion\n      localAuthority {\n        name\n      }\n      breakdown {\n        lifeArea\n        level\n        points\n        pence\n      }\n    }\n  }\n": types.CalculatorDocument,
    "\n  query StayingSafe($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      reference\n      stayingSafe {\n        risksTaken\n        whatHelps\n        contacts {\n          name\n          phone\n        }\n        updatedAt\n      }\n    }\n  }\n": types.StayingSafeDocument,
    "\n  mutation SetStayingSafe($planId: ID!, $input: StayingSafeInput!) {\n    setStayingSafe(planId: $planId, input: $input) {\n      updatedAt\n    }\n  }\n": types.SetStayingSafeDocument,
    "\n  fragment ProviderBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    totalPence\n    personName\n    offering {\n      id\n      title\n    }\n  }\n": types.ProviderBookingFragmentDoc,
    "\n  query ProviderPortal {\n    myProviders {\n      id\n      name\n      kind\n      verified\n      baseOutcode\n      suspendedAt\n      suspensionReason\n      requiredVerifications\n      verifications {\n        ...CheckedFields\n        reference\n        reviewNote\n      }\n      offerings(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n            pricePence\n            priceUnit\n            nextAvailableSlot {\n              startsAt\n            }\n          }\n        }\n      }\n    }\n    providerBookings(status: REQUESTED, first: 10) {\n      edges {\n        node {\n          ...ProviderBooking\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.ProviderPortalDocument,
    "\n  query ProviderBookings($status: BookingStatus, $after: String) {\n    providerBookings(status: $status, first: 30, after: $after) {\n      edges {\n        node {\n          ...ProviderBooking\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ProviderBookingsDocument,
    "\n  query OfferingEdit($id: ID!, $slotsFrom: DateTimeISO, $slotsTo: DateTimeISO) {\n    categories {\n      slug\n      name\n    }\n    offering(id: $id) {\n      id\n      title\n      summary\n      description\n      status\n      pricePence\n      priceUnit\n      sessionMinutes\n      serviceRadiusKm\n      baseOutcode\n      deliveryModes\n      languages\n      accessibility\n      category {\n        slug\n      }\n      provider {\n        id\n        name\n      }\n      slots(from: $slotsFrom, to: $slotsTo) {\n        id\n        startsAt\n        endsAt\n        capacity\n        remaining\n      }\n    }\n  }\n": types.OfferingEditDocument,
    "\n  query Categories {\n    categories {\n      slug\n      name\n    }\n    myProviders {\n      id\n      name\n    }\n  }\n": types.CategoriesDocument,
    "\n  mutation CreateProvider($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      id\n    }\n  }\n": types.CreateProviderDocument,
    "\n  mutation CreateOffering($providerId: ID!, $input: OfferingInput!) {\n    createOffering(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n": types.CreateOfferingDocument,
    "\n  mutation UpdateOffering($id: ID!, $input: OfferingInput!) {\n    updateOffering(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateOfferingDocument,
    "\n  mutation PublishOffering($id: ID!) {\n    publishOffering(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishOfferingDocument,
    "\n  mutation PauseOffering($id: ID!) {\n    pauseOffering(id: $id) {\n      id\n      status\n    }\n  }\n": types.PauseOfferingDocument,
    "\n  mutation AddSlots($offeringId: ID!, $slots: [SlotInput!]!) {\n    addSlots(offeringId: $offeringId, slots: $slots) {\n      id\n    }\n  }\n": types.AddSlotsDocument,
    "\n  fragment ReviewFields on Review {\n    id\n    rating\n    comment\n    authorName\n    offeringTitle\n    createdAt\n  }\n": types.ReviewFieldsFragmentDoc,
    "\n  fragment ReviewPageFields on ReviewConnection {\n    edges {\n      node {\n        ...ReviewFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.ReviewPageFieldsFragmentDoc,
    "\n  query OfferingReviews($id: ID!, $after: String) {\n    offering(id: $id) {\n      id\n      reviews(first: 10, after: $after) {\n        ...ReviewPageFields\n      }\n    }\n  }\n": types.OfferingReviewsDocument,
    "\n  query ProviderReviews($id: ID!, $after: String) {\n    provider(id: $id) {\n      id\n      reviews(first: 10, after: $after) {\n        ...ReviewPageFields\n      }\n    }\n  }\n": types.ProviderReviewsDocument,
    "\n  mutation ReportReview($input: ReportReviewInput!) {\n    reportReview(input: $input) {\n      id\n    }\n  }\n": types.ReportReviewDocument,
    "\n  query ReviewModeration($reportedAfter: String, $hiddenAfter: String) {\n    reportedReviews(first: 20, after: $reportedAfter) {\n      edges {\n        node {\n          ...ReviewFields\n          reports {\n            reason\n            reportedAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    hiddenReviews(first: 20, after: $hiddenAfter) {\n      edges {\n        node {\n          ...ReviewFields\n          hiddenAt\n          hiddenReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReviewModerationDocument,
    "\n  mutation HideReview($input: HideReviewInput!) {\n    hideReview(input: $input) {\n      id\n    }\n  }\n": types.HideReviewDocument,
    "\n  mutation UnhideReview($id: ID!) {\n    unhideReview(id: $id) {\n      id\n    }\n  }\n": types.UnhideReviewDocument,
    "\n  mutation KeepReview($id: ID!) {\n    keepReview(id: $id) {\n      id\n    }\n  }\n": types.KeepReviewDocument,
    "\n  fragment CheckedFields on Verification {\n    id\n    kind\n    status\n    checkedAt\n    expiresOn\n  }\n": types.CheckedFieldsFragmentDoc,
    "\n  mutation RaiseConcern($input: RaiseConcernInput!) {\n    raiseConcern(input: $input) {\n      id\n    }\n  }\n": types.RaiseConcernDocument,
    "\n  query ConcernAbout($providerId: ID!) {\n    provider(id: $providerId) {\n      id\n      name\n    }\n  }\n": types.ConcernAboutDocument,
    "\n  query MyConcerns($status: ConcernStatus, $after: String) {\n    concerns(status: $status, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          status\n          description\n          raisedAt\n          acknowledgeBy\n          acknowledgedAt\n          closedAt\n          outcome\n          overdue\n          provider {\n            id\n            name\n          }\n          offering {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyConcernsDocument,
    "\n  query ConcernDetail($id: ID!) {\n    concern(id: $id) {\n      id\n      status\n      description\n      raisedAt\n      acknowledgeBy\n      acknowledgedAt\n      closedAt\n      outcome\n      overdue\n      bookingStartsAt\n      provider {\n        id\n        name\n        suspendedAt\n      }\n      offering {\n        id\n        title\n      }\n      raisedBy {\n        name\n        email\n        contact\n      }\n      history {\n        status\n        at\n        actorName\n        note\n      }\n    }\n  }\n": types.ConcernDetailDocument,
    "\n  mutation UpdateConcern($id: ID!, $status: ConcernStatus!, $note: String) {\n    updateConcern(id: $id, status: $status, note: $note) {\n      id\n      status\n    }\n  }\n": types.UpdateConcernDocument,
    "\n  query VerificationQueue($after: String) {\n    verificationQueue(first: 50, after: $after) {\n      id\n      kind\n      reference\n      expiresOn\n      submittedAt\n      provider {\n        id\n        name\n        kind\n        requiredVerifications\n      }\n    }\n  }\n": types.VerificationQueueDocument,
    "\n  mutation ReviewVerification($id: ID!, $approve: Boolean!, $note: String) {\n    reviewVerification(id: $id, approve: $approve, note: $note) {\n      id\n      status\n    }\n  }\n": types.ReviewVerificationDocument,
    "\n  mutation SubmitVerification($providerId: ID!, $input: VerificationInput!) {\n    submitVerification(providerId: $providerId, input: $input) {\n      id\n      status\n    }\n  }\n": types.SubmitVerificationDocument,
    "\n  query AdminProvider($id: ID!) {\n    provider(id: $id) {\n      id\n      name\n      kind\n      baseOutcode\n      verified\n      suspendedAt\n      suspensionReason\n      requiredVerifications\n      verifications {\n        ...CheckedFields\n        reference\n      }\n    }\n  }\n": types.AdminProviderDocument,
    "\n  mutation SuspendProvider($id: ID!, $reason: String!) {\n    suspendProvider(id: $id, reason: $reason) {\n      id\n      suspendedAt\n    }\n  }\n": types.SuspendProviderDocument,
    "\n  mutation LiftProviderSuspension($id: ID!) {\n    liftProviderSuspension(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n": types.LiftProviderSuspensionDocument,
    "\n  query MySupporterRoles {\n    mySupporterRoles {\n      id\n      planId\n      personName\n      relationship\n      access\n      status\n      invitedAt\n      authorisedReason\n    }\n  }\n": types.MySupporterRolesDocument,
    "\n  query Circle($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      supporters {\n        id\n        name\n        email\n        relationship\n        access\n        status\n        invitedAt\n        authorisedReason\n      }\n      readLog {\n        id\n        readerName\n        readerRole\n        relationship\n        readAt\n      }\n    }\n  }\n": types.CircleDocument,
    "\n  mutation InviteSupporter($input: InviteSupporterInput!) {\n    inviteSupporter(input: $input) {\n      id\n      status\n    }\n  }\n": types.InviteSupporterDocument,
    "\n  mutation AcceptSupporterInvitation($id: ID!) {\n    acceptSupporterInvitation(id: $id) {\n      id\n      planId\n      status\n    }\n  }\n": types.AcceptSupporterInvitationDocument,
    "\n  mutation RevokeSupporter($id: ID!) {\n    revokeSupporter(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeSupporterDocument,
    "\n  query ActingPlan($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      active\n      outcode\n      localAuthority {\n        code\n        name\n      }\n      needs {\n        slug\n        name\n      }\n      goals {\n        ...GoalPanel\n      }\n      wellbeingChecks {\n        id\n        rawScore\n        metricScore\n        recordedAt\n      }\n    }\n  }\n": types.ActingPlanDocument,
    "\n  query ActingBookPlan($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      active\n      outcode\n      localAuthority {\n        councilName\n      }\n      goals {\n        id\n        description\n      }\n      budgets {\n        id\n        fundingSource\n        allocatedPence\n        availablePence\n        periodStartDate\n        periodEndDate\n      }\n    }\n  }\n": types.ActingBookPlanDocument,
    "\n  query ActingStatementCsv($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      budgets {\n        id\n        statementCsv\n      }\n    }\n  }\n": types.ActingStatementCsvDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n      localAuthority {\n        code\n        name\n        councilName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n      localAuthority {\n        code\n        name\n        councilName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  mutation ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookPage($id: ID!) {\n    offering(id: $id) {\n      id\n      title\n      status\n      pricePence\n      priceUnit\n      sessionMinutes\n      sessionCostPence\n      provider {\n        id\n        name\n      }\n      slots {\n        id\n        startsAt\n        endsAt\n        remaining\n      }\n    }\n    myPlans {\n      id\n      active\n      outcode\n      localAuthority {\n        councilName\n      }\n      goals {\n        id\n        description\n      }\n      budgets {\n        id\n        fundingSource\n        allocatedPence\n        availablePence\n        periodStartDate\n        periodEndDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query BookPage($id: ID!) {\n    offering(id: $id) {\n      id\n      title\n      status\n      pricePence\n      priceUnit\n      sessionMinutes\n      sessionCostPence\n      provider {\n        id\n        name\n      }\n      slots {\n        id\n        startsAt\n        endsAt\n        remaining\n      }\n    }\n    myPlans {\n      id\n      active\n      outcode\n      localAuthority {\n        councilName\n      }\n      goals {\n        id\n        description\n      }\n      budgets {\n        id\n        fundingSource\n        allocatedPence\n        availablePence\n        periodStartDate\n        periodEndDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestBooking($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n      totalPence\n      paidFrom {\n        id\n        availablePence\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestBooking($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n      totalPence\n      paidFrom {\n        id\n        availablePence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewBooking($input: ReviewInput!) {\n    reviewBooking(input: $input) {\n      id\n      rating\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewBooking($input: ReviewInput!) {\n    reviewBooking(input: $input) {\n      id\n      rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmBooking($id: ID!) {\n    confirmBooking(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmBooking($id: ID!) {\n    confirmBooking(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineBooking($id: ID!, $reason: String) {\n    declineBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineBooking($id: ID!, $reason: String) {\n    declineBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNoShow($id: ID!, $reason: String) {\n    markNoShow(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNoShow($id: ID!, $reason: String) {\n    markNoShow(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingCalendar($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n      startsAt\n      endsAt\n      offering {\n        id\n        title\n        provider {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BookingCalendar($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n      startsAt\n      endsAt\n      offering {\n        id\n        title\n        provider {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    totalPence\n    requestedBy\n    offering {\n      id\n      title\n      provider {\n        id\n        name\n      }\n    }\n    review {\n      rating\n    }\n  }\n"): (typeof documents)["\n  fragment PersonBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    totalPence\n    requestedBy\n    offering {\n      id\n      title\n      provider {\n        id\n        name\n      }\n    }\n    review {\n      rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareOffering($id: ID!) {\n    offering(id: $id) {\n      status\n      ...CompareColumn\n    }\n  }\n"): (typeof documents)["\n  query CompareOffering($id: ID!) {\n    offering(id: $id) {\n      status\n      ...CompareColumn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query District($outcode: String!) {\n    postcodeDistrict(outcode: $outcode) {\n      outcode\n      latitude\n      longitude\n      localAuthority {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query District($outcode: String!) {\n    postcodeDistrict(outcode: $outcode) {\n      outcode\n      latitude\n      longitude\n      localAuthority {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompareColumn on Offering {\n    id\n    title\n    pricePence\n    priceUnit\n    sessionMinutes\n    deliveryModes\n    languages\n    accessibility\n    lifeAreas\n    remote\n    baseOutcode\n    rating {\n      average\n      count\n    }\n    nextAvailableSlot {\n      id\n      startsAt\n    }\n    provider {\n      id\n      name\n      kind\n      verified\n      peerLed\n    }\n  }\n"): (typeof documents)["\n  fragment CompareColumn on Offering {\n    id\n    title\n    pricePence\n    priceUnit\n    sessionMinutes\n    deliveryModes\n    languages\n    accessibility\n    lifeAreas\n    remote\n    baseOutcode\n    rating {\n      average\n      count\n    }\n    nextAvailableSlot {\n      id\n      startsAt\n    }\n    provider {\n      id\n      name\n      kind\n      verified\n      peerLed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferingCard on Offering {\n    id\n    title\n    summary\n    pricePence\n    priceUnit\n    distanceKm\n    remote\n    deliveryModes\n    serviceRadiusKm\n    category {\n      name\n    }\n    rating {\n      average\n      count\n    }\n    nextAvailableSlot {\n      id\n      startsAt\n    }\n    provider {\n      id\n      name\n      verified\n      peerLed\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment OfferingCard on Offering {\n    id\n    title\n    summary\n    pricePence\n    priceUnit\n    distanceKm\n    remote\n    deliveryModes\n    serviceRadiusKm\n    category {\n      name\n    }\n    rating {\n      average\n      count\n    }\n    nextAvailableSlot {\n      id\n      startsAt\n    }\n    provider {\n      id\n      name\n      verified\n      peerLed\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferingDetails on Offering {\n    id\n    title\n    summary\n    description\n    status\n    pricePence\n    priceUnit\n    sessionMinutes\n    deliveryModes\n    languages\n    accessibility\n    lifeAreas\n    minimumAge\n    maximumAge\n    remote\n    serviceRadiusKm\n    baseOutcode\n    category {\n      slug\n      name\n    }\n    rating {\n      average\n      count\n    }\n    provider {\n      id\n      name\n      kind\n      verified\n      peerLed\n      website\n      verifications {\n        ...CheckedFields\n      }\n    }\n    contact {\n      ...ContactFields\n    }\n  }\n"): (typeof documents)["\n  fragment OfferingDetails on Offering {\n    id\n    title\n    summary\n    description\n    status\n    pricePence\n    priceUnit\n    sessionMinutes\n    deliveryModes\n    languages\n    accessibility\n    lifeAreas\n    minimumAge\n    maximumAge\n    remote\n    serviceRadiusKm\n    baseOutcode\n    category {\n      slug\n      name\n    }\n    rating {\n      average\n      count\n    }\n    provider {\n      id\n      name\n      kind\n      verified\n      peerLed\n      website\n      verifications {\n        ...CheckedFields\n      }\n    }\n    contact {\n      ...ContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferingPage($id: ID!) {\n    offering(id: $id) {\n      ...OfferingDetails\n      slots {\n        id\n        startsAt\n        endsAt\n        remaining\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferingPage($id: ID!) {\n    offering(id: $id) {\n      ...OfferingDetails\n      slots {\n        id\n        startsAt\n        endsAt\n        remaining\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderPage($id: ID!) {\n    provider(id: $id) {\n      id\n      name\n      description\n      kind\n      verified\n      peerLed\n      website\n      verifications {\n        ...CheckedFields\n      }\n      baseOutcode\n      contact {\n        ...ContactFields\n      }\n      rating {\n        average\n        count\n      }\n      offerings(first: 50) {\n        edges {\n          node {\n            ...OfferingCard\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProviderPage($id: ID!) {\n    provider(id: $id) {\n      id\n      name\n      description\n      kind\n      verified\n      peerLed\n      website\n      verifications {\n        ...CheckedFields\n      }\n      baseOutcode\n      contact {\n        ...ContactFields\n      }\n      rating {\n        average\n        count\n      }\n      offerings(first: 50) {\n        edges {\n          node {\n            ...OfferingCard\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($filter: OfferingFilter, $sort: OfferingSort, $first: Int, $after: String, $withResults: Boolean!) {\n    categories {\n      slug\n      name\n      description\n    }\n    offerings(filter: $filter, sort: $sort, first: $first, after: $after) @include(if: $withResults) {\n      resultCount(limit: 1000) {\n        count\n        hasMore\n      }\n      edges {\n        node {\n          ...OfferingCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($filter: OfferingFilter, $sort: OfferingSort, $first: Int, $after: String, $withResults: Boolean!) {\n    categories {\n      slug\n      name\n      description\n    }\n    offerings(filter: $filter, sort: $sort, first: $first, after: $after) @include(if: $withResults) {\n      resultCount(limit: 1000) {\n        count\n        hasMore\n      }\n      edges {\n        node {\n          ...OfferingCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeDistrict {\n    myPlans {\n      id\n      active\n      outcode\n      budgets {\n        id\n        fundingSource\n        periodStartDate\n        periodEndDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeDistrict {\n    myPlans {\n      id\n      active\n      outcode\n      budgets {\n        id\n        fundingSource\n        periodStartDate\n        periodEndDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCouncils {\n    commissioningAuthorities {\n      code\n      councilName\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCouncils {\n    commissioningAuthorities {\n      code\n      councilName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateCommissioner($input: CreateCommissionerInput!) {\n    createCommissioner(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateCommissioner($input: CreateCommissionerInput!) {\n    createCommissioner(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AreaBudget on Budget {\n    id\n    fundingSource\n    allocatedPence\n    committedPence\n    spentPence\n    availablePence\n    periodStartDate\n    periodEndDate\n  }\n"): (typeof documents)["\n  fragment AreaBudget on Budget {\n    id\n    fundingSource\n    allocatedPence\n    committedPence\n    spentPence\n    availablePence\n    periodStartDate\n    periodEndDate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAreaPlans($after: String, $outcode: String, $reference: String, $localAuthorityCode: String) {\n    areaPlans(first: 20, after: $after, outcode: $outcode, reference: $reference, localAuthorityCode: $localAuthorityCode) {\n      edges {\n        node {\n          id\n          reference\n          outcode\n          active\n          createdAt\n          budgets {\n            ...AreaBudget\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAreaPlans($after: String, $outcode: String, $reference: String, $localAuthorityCode: String) {\n    areaPlans(first: 20, after: $after, outcode: $outcode, reference: $reference, localAuthorityCode: $localAuthorityCode) {\n      edges {\n        node {\n          id\n          reference\n          outcode\n          active\n          createdAt\n          budgets {\n            ...AreaBudget\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAllocateBudget($input: AllocateBudgetInput!) {\n    allocateBudget(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAllocateBudget($input: AllocateBudgetInput!) {\n    allocateBudget(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAdjustBudget($input: AdjustBudgetInput!) {\n    adjustBudget(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAdjustBudget($input: AdjustBudgetInput!) {\n    adjustBudget(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleScheme($code: String!) {\n    allocationScheme(localAuthorityCode: $code) {\n      version\n      pencePerPoint\n      publishedAt\n      note\n      localAuthority {\n        councilName\n      }\n      rates {\n        lifeArea\n        somePoints\n        substantialPoints\n        criticalPoints\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleScheme($code: String!) {\n    allocationScheme(localAuthorityCode: $code) {\n      version\n      pencePerPoint\n      publishedAt\n      note\n      localAuthority {\n        councilName\n      }\n      rates {\n        lifeArea\n        somePoints\n        substantialPoints\n        criticalPoints\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePublishScheme($input: PublishAllocationVersionInput!) {\n    publishAllocationVersion(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsolePublishScheme($input: PublishAllocationVersionInput!) {\n    publishAllocationVersion(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactFields on ContactDetails {\n    email\n    phone\n    website\n    venueAddress\n    venueOutcode\n    accessibility\n    hours\n  }\n"): (typeof documents)["\n  fragment ContactFields on ContactDetails {\n    email\n    phone\n    website\n    venueAddress\n    venueOutcode\n    accessibility\n    hours\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DistrictRow on DistrictMarket {\n    localAuthority {\n      code\n      name\n    }\n    postcodeDistricts\n    demand\n    unmetSearches\n    localSupply\n    suppressed\n  }\n"): (typeof documents)["\n  fragment DistrictRow on DistrictMarket {\n    localAuthority {\n      code\n      name\n    }\n    postcodeDistricts\n    demand\n    unmetSearches\n    localSupply\n    suppressed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapRow on MarketGap {\n    category {\n      slug\n      name\n    }\n    demand\n    unmetSearches\n    supply\n    localSupply\n    freePlaces\n    gapIndex\n    gapIndexLow\n    gapIndexHigh\n    gapBand\n    suppressed\n    asOf\n  }\n"): (typeof documents)["\n  fragment GapRow on MarketGap {\n    category {\n      slug\n      name\n    }\n    demand\n    unmetSearches\n    supply\n    localSupply\n    freePlaces\n    gapIndex\n    gapIndexLow\n    gapIndexHigh\n    gapBand\n    suppressed\n    asOf\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Market($la: String!, $isAdmin: Boolean!) {\n    commissioningAuthorities @include(if: $isAdmin) {\n      code\n      name\n      councilName\n    }\n    marketPrices(localAuthorityCode: $la) {\n      ...PriceRow\n    }\n    marketTrends(localAuthorityCode: $la) {\n      ...TrendMonth\n    }\n    marketDistricts(localAuthorityCode: $la) {\n      ...DistrictRow\n    }\n    marketSupplyByOutcode(localAuthorityCode: $la) {\n      outcode\n      offerings\n    }\n    marketGaps(localAuthorityCode: $la) {\n      ...GapRow\n    }\n    marketDiversity(localAuthorityCode: $la) {\n      asOf\n      hhi\n      providerCount\n      spentPence\n      peerLedProviderShare\n      peerLedSpendShare\n      byKind {\n        kind\n        providers\n        spendShare\n      }\n    }\n    outcomesByCategory(localAuthorityCode: $la) {\n      category {\n        slug\n        name\n      }\n      people\n      meanScoreChange\n      spentPence\n      suppressed\n    }\n  }\n"): (typeof documents)["\n  query Market($la: String!, $isAdmin: Boolean!) {\n    commissioningAuthorities @include(if: $isAdmin) {\n      code\n      name\n      councilName\n    }\n    marketPrices(localAuthorityCode: $la) {\n      ...PriceRow\n    }\n    marketTrends(localAuthorityCode: $la) {\n      ...TrendMonth\n    }\n    marketDistricts(localAuthorityCode: $la) {\n      ...DistrictRow\n    }\n    marketSupplyByOutcode(localAuthorityCode: $la) {\n      outcode\n      offerings\n    }\n    marketGaps(localAuthorityCode: $la) {\n      ...GapRow\n    }\n    marketDiversity(localAuthorityCode: $la) {\n      asOf\n      hhi\n      providerCount\n      spentPence\n      peerLedProviderShare\n      peerLedSpendShare\n      byKind {\n        kind\n        providers\n        spendShare\n      }\n    }\n    outcomesByCategory(localAuthorityCode: $la) {\n      category {\n        slug\n        name\n      }\n      people\n      meanScoreChange\n      spentPence\n      suppressed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceRow on CategoryPrices {\n    category {\n      slug\n      name\n    }\n    offerings\n    session {\n      lowerQuartilePence\n      medianPence\n      upperQuartilePence\n    }\n    hourly {\n      lowerQuartilePence\n      medianPence\n      upperQuartilePence\n    }\n    nationalOfferings\n    nationalSession {\n      medianPence\n    }\n    nationalHourly {\n      medianPence\n    }\n    hourlyVsNational\n  }\n"): (typeof documents)["\n  fragment PriceRow on CategoryPrices {\n    category {\n      slug\n      name\n    }\n    offerings\n    session {\n      lowerQuartilePence\n      medianPence\n      upperQuartilePence\n    }\n    hourly {\n      lowerQuartilePence\n      medianPence\n      upperQuartilePence\n    }\n    nationalOfferings\n    nationalSession {\n      medianPence\n    }\n    nationalHourly {\n      medianPence\n    }\n    hourlyVsNational\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrendMonth on MarketMonth {\n    month\n    demand\n    supply\n    freePlaces\n    unmetSearches\n    spentPence\n    outcomePeople\n    meanScoreChange\n    suppressed\n  }\n"): (typeof documents)["\n  fragment TrendMonth on MarketMonth {\n    month\n    demand\n    supply\n    freePlaces\n    unmetSearches\n    spentPence\n    outcomePeople\n    meanScoreChange\n    suppressed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConversations($after: String) {\n    myConversations(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          personName\n          unreadCount\n          lastMessageAt\n          provider {\n            id\n            name\n          }\n          offering {\n            id\n            title\n          }\n          booking {\n            id\n            startsAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyConversations($after: String) {\n    myConversations(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          personName\n          unreadCount\n          lastMessageAt\n          provider {\n            id\n            name\n          }\n          offering {\n            id\n            title\n          }\n          booking {\n            id\n            startsAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationPage($id: ID!) {\n    conversation(id: $id) {\n      id\n      personName\n      provider {\n        id\n        name\n      }\n      offering {\n        id\n        title\n      }\n      booking {\n        id\n        startsAt\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            id\n            body\n            sentAt\n            fromProvider\n            senderName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationPage($id: ID!) {\n    conversation(id: $id) {\n      id\n      personName\n      provider {\n        id\n        name\n      }\n      offering {\n        id\n        title\n      }\n      booking {\n        id\n        startsAt\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            id\n            body\n            sentAt\n            fromProvider\n            senderName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($conversationId: ID!, $body: String!) {\n    sendMessage(conversationId: $conversationId, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($conversationId: ID!, $body: String!) {\n    sendMessage(conversationId: $conversationId, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlanIds {\n    myPlans {\n      id\n    }\n  }\n"): (typeof documents)["\n  query MyPlanIds {\n    myPlans {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotifications {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPage($after: String) {\n    notifications(first: 30, after: $after) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    notificationPreferences {\n      email\n      reminders\n    }\n  }\n"): (typeof documents)["\n  query NotificationsPage($after: String) {\n    notifications(first: 30, after: $after) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    notificationPreferences {\n      email\n      reminders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      email\n      reminders\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      email\n      reminders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetPanel on Budget {\n    id\n    fundingSource\n    allocatedPence\n    committedPence\n    spentPence\n    availablePence\n    periodStartDate\n    periodEndDate\n    statement(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          amountPence\n          availableChangePence\n          availableAfterPence\n          createdAt\n          note\n          description\n          actedFor\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BudgetPanel on Budget {\n    id\n    fundingSource\n    allocatedPence\n    committedPence\n    spentPence\n    availablePence\n    periodStartDate\n    periodEndDate\n    statement(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          amountPence\n          availableChangePence\n          availableAfterPence\n          createdAt\n          note\n          description\n          actedFor\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalPanel on Goal {\n    id\n    lifeArea\n    description\n    baselineScore\n    latestScore\n    scoreChange\n    history {\n      id\n      score\n      recordedAt\n    }\n  }\n"): (typeof documents)["\n  fragment GoalPanel on Goal {\n    id\n    lifeArea\n    description\n    baselineScore\n    latestScore\n    scoreChange\n    history {\n      id\n      score\n      recordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanDetails($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      outcode\n      age\n      needs {\n        slug\n      }\n      preferences {\n        languages\n        deliveryModes\n        maxTravelKm\n        prefersPeerSupport\n        accessibility\n      }\n    }\n    categories {\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query PlanDetails($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      outcode\n      age\n      needs {\n        slug\n      }\n      preferences {\n        languages\n        deliveryModes\n        maxTravelKm\n        prefersPeerSupport\n        accessibility\n      }\n    }\n    categories {\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupportPlan($id: ID!, $input: UpdateSupportPlanInput!) {\n    updateSupportPlan(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupportPlan($id: ID!, $input: UpdateSupportPlanInput!) {\n    updateSupportPlan(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOwnMoney($input: AllocateBudgetInput!) {\n    allocateBudget(input: $input) {\n      id\n      availablePence\n    }\n  }\n"): (typeof documents)["\n  mutation AddOwnMoney($input: AllocateBudgetInput!) {\n    allocateBudget(input: $input) {\n      id\n      availablePence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TopUpOwnMoney($input: AdjustBudgetInput!) {\n    adjustBudget(input: $input) {\n      id\n      availablePence\n    }\n  }\n"): (typeof documents)["\n  mutation TopUpOwnMoney($input: AdjustBudgetInput!) {\n    adjustBudget(input: $input) {\n      id\n      availablePence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportUnmetNeed($input: UnmetNeedInput!) {\n    reportUnmetNeed(input: $input)\n  }\n"): (typeof documents)["\n  mutation ReportUnmetNeed($input: UnmetNeedInput!) {\n    reportUnmetNeed(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareCouncil($outcode: String!) {\n    postcodeDistrict(outcode: $outcode) {\n      outcode\n      commissioningAuthority {\n        code\n        name\n        councilName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CareCouncil($outcode: String!) {\n    postcodeDistrict(outcode: $outcode) {\n      outcode\n      commissioningAuthority {\n        code\n        name\n        councilName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlan {\n    myPlans {\n      id\n      active\n      outcode\n      localAuthority {\n        code\n        name\n      }\n      needs {\n        slug\n        name\n      }\n      goals {\n        ...GoalPanel\n      }\n      wellbeingChecks {\n        id\n        rawScore\n        metricScore\n        recordedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPlan {\n    myPlans {\n      id\n      active\n      outcode\n      localAuthority {\n        code\n        name\n      }\n      needs {\n        slug\n        name\n      }\n      goals {\n        ...GoalPanel\n      }\n      wellbeingChecks {\n        id\n        rawScore\n        metricScore\n        recordedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanMoney($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      budgets {\n        ...BudgetPanel\n      }\n      bookings(first: 20) {\n        edges {\n          node {\n            ...PersonBooking\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanMoney($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      budgets {\n        ...BudgetPanel\n      }\n      bookings(first: 20) {\n        edges {\n          node {\n            ...PersonBooking\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Matches($planId: ID!) {\n    matches(planId: $planId, first: 5) {\n      score\n      sessionCostPence\n      offering {\n        id\n        title\n        pricePence\n        priceUnit\n        provider {\n          name\n        }\n      }\n      reasons {\n        factor\n        explanation\n        score\n        weight\n      }\n    }\n  }\n"): (typeof documents)["\n  query Matches($planId: ID!) {\n    matches(planId: $planId, first: 5) {\n      score\n      sessionCostPence\n      offering {\n        id\n        title\n        pricePence\n        priceUnit\n        provider {\n          name\n        }\n      }\n      reasons {\n        factor\n        explanation\n        score\n        weight\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementCsv {\n    myPlans {\n      budgets {\n        id\n        statementCsv\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementCsv {\n    myPlans {\n      budgets {\n        id\n        statementCsv\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      latestScore\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      latestScore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWellbeingCheck($input: WellbeingCheckInput!) {\n    recordWellbeingCheck(input: $input) {\n      id\n      rawScore\n      metricScore\n    }\n  }\n"): (typeof documents)["\n  mutation RecordWellbeingCheck($input: WellbeingCheckInput!) {\n    recordWellbeingCheck(input: $input) {\n      id\n      rawScore\n      metricScore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupportPlan($input: CreateSupportPlanInput!) {\n    createSupportPlan(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSupportPlan($input: CreateSupportPlanInput!) {\n    createSupportPlan(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGoal($planId: ID!, $input: GoalInput!) {\n    addGoal(planId: $planId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddGoal($planId: ID!, $input: GoalInput!) {\n    addGoal(planId: $planId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Calculator($input: NeedsAssessmentInput!, $withResult: Boolean!) {\n    commissioningAuthorities {\n      code\n      name\n      councilName\n    }\n    indicativeBudget(input: $input) @include(if: $withResult) {\n      annualPence\n      points\n      pencePerPoint\n      explanation\n      schemeVersion\n      localAuthority {\n        name\n      }\n      breakdown {\n        lifeArea\n        level\n        points\n        pence\n      }\n    }\n  }\n"): (typeof documents)["\n  query Calculator($input: NeedsAssessmentInput!, $withResult: Boolean!) {\n    commissioningAuthorities {\n      code\n      name\n      councilName\n    }\n    indicativeBudget(input: $input) @include(if: $withResult) {\n      annualPence\n      points\n      pencePerPoint\n      explanation\n      schemeVersion\n      localAuthority {\n        name\n      }\n      breakdown {\n        lifeArea\n        level\n        points\n        pence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StayingSafe($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      reference\n      stayingSafe {\n        risksTaken\n        whatHelps\n        contacts {\n          name\n          phone\n        }\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query StayingSafe($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      reference\n      stayingSafe {\n        risksTaken\n        whatHelps\n        contacts {\n          name\n          phone\n        }\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStayingSafe($planId: ID!, $input: StayingSafeInput!) {\n    setStayingSafe(planId: $planId, input: $input) {\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetStayingSafe($planId: ID!, $input: StayingSafeInput!) {\n    setStayingSafe(planId: $planId, input: $input) {\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProviderBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    totalPence\n    personName\n    offering {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ProviderBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    totalPence\n    personName\n    offering {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderPortal {\n    myProviders {\n      id\n      name\n      kind\n      verified\n      baseOutcode\n      suspendedAt\n      suspensionReason\n      requiredVerifications\n      verifications {\n        ...CheckedFields\n        reference\n        reviewNote\n      }\n      offerings(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n            pricePence\n            priceUnit\n            nextAvailableSlot {\n              startsAt\n            }\n          }\n        }\n      }\n    }\n    providerBookings(status: REQUESTED, first: 10) {\n      edges {\n        node {\n          ...ProviderBooking\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProviderPortal {\n    myProviders {\n      id\n      name\n      kind\n      verified\n      baseOutcode\n      suspendedAt\n      suspensionReason\n      requiredVerifications\n      verifications {\n        ...CheckedFields\n        reference\n        reviewNote\n      }\n      offerings(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n            pricePence\n            priceUnit\n            nextAvailableSlot {\n              startsAt\n            }\n          }\n        }\n      }\n    }\n    providerBookings(status: REQUESTED, first: 10) {\n      edges {\n        node {\n          ...ProviderBooking\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderBookings($status: BookingStatus, $after: String) {\n    providerBookings(status: $status, first: 30, after: $after) {\n      edges {\n        node {\n          ...ProviderBooking\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProviderBookings($status: BookingStatus, $after: String) {\n    providerBookings(status: $status, first: 30, after: $after) {\n      edges {\n        node {\n          ...ProviderBooking\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferingEdit($id: ID!, $slotsFrom: DateTimeISO, $slotsTo: DateTimeISO) {\n    categories {\n      slug\n      name\n    }\n    offering(id: $id) {\n      id\n      title\n      summary\n      description\n      status\n      pricePence\n      priceUnit\n      sessionMinutes\n      serviceRadiusKm\n      baseOutcode\n      deliveryModes\n      languages\n      accessibility\n      category {\n        slug\n      }\n      provider {\n        id\n        name\n      }\n      slots(from: $slotsFrom, to: $slotsTo) {\n        id\n        startsAt\n        endsAt\n        capacity\n        remaining\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferingEdit($id: ID!, $slotsFrom: DateTimeISO, $slotsTo: DateTimeISO) {\n    categories {\n      slug\n      name\n    }\n    offering(id: $id) {\n      id\n      title\n      summary\n      description\n      status\n      pricePence\n      priceUnit\n      sessionMinutes\n      serviceRadiusKm\n      baseOutcode\n      deliveryModes\n      languages\n      accessibility\n      category {\n        slug\n      }\n      provider {\n        id\n        name\n      }\n      slots(from: $slotsFrom, to: $slotsTo) {\n        id\n        startsAt\n        endsAt\n        capacity\n        remaining\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      slug\n      name\n    }\n    myProviders {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories {\n      slug\n      name\n    }\n    myProviders {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProvider($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProvider($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOffering($providerId: ID!, $input: OfferingInput!) {\n    createOffering(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOffering($providerId: ID!, $input: OfferingInput!) {\n    createOffering(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOffering($id: ID!, $input: OfferingInput!) {\n    updateOffering(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOffering($id: ID!, $input: OfferingInput!) {\n    updateOffering(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishOffering($id: ID!) {\n    publishOffering(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PublishOffering($id: ID!) {\n    publishOffering(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseOffering($id: ID!) {\n    pauseOffering(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PauseOffering($id: ID!) {\n    pauseOffering(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSlots($offeringId: ID!, $slots: [SlotInput!]!) {\n    addSlots(offeringId: $offeringId, slots: $slots) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddSlots($offeringId: ID!, $slots: [SlotInput!]!) {\n    addSlots(offeringId: $offeringId, slots: $slots) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewFields on Review {\n    id\n    rating\n    comment\n    authorName\n    offeringTitle\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ReviewFields on Review {\n    id\n    rating\n    comment\n    authorName\n    offeringTitle\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewPageFields on ReviewConnection {\n    edges {\n      node {\n        ...ReviewFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewPageFields on ReviewConnection {\n    edges {\n      node {\n        ...ReviewFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferingReviews($id: ID!, $after: String) {\n    offering(id: $id) {\n      id\n      reviews(first: 10, after: $after) {\n        ...ReviewPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferingReviews($id: ID!, $after: String) {\n    offering(id: $id) {\n      id\n      reviews(first: 10, after: $after) {\n        ...ReviewPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderReviews($id: ID!, $after: String) {\n    provider(id: $id) {\n      id\n      reviews(first: 10, after: $after) {\n        ...ReviewPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProviderReviews($id: ID!, $after: String) {\n    provider(id: $id) {\n      id\n      reviews(first: 10, after: $after) {\n        ...ReviewPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportReview($input: ReportReviewInput!) {\n    reportReview(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportReview($input: ReportReviewInput!) {\n    reportReview(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewModeration($reportedAfter: String, $hiddenAfter: String) {\n    reportedReviews(first: 20, after: $reportedAfter) {\n      edges {\n        node {\n          ...ReviewFields\n          reports {\n            reason\n            reportedAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    hiddenReviews(first: 20, after: $hiddenAfter) {\n      edges {\n        node {\n          ...ReviewFields\n          hiddenAt\n          hiddenReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewModeration($reportedAfter: String, $hiddenAfter: String) {\n    reportedReviews(first: 20, after: $reportedAfter) {\n      edges {\n        node {\n          ...ReviewFields\n          reports {\n            reason\n            reportedAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    hiddenReviews(first: 20, after: $hiddenAfter) {\n      edges {\n        node {\n          ...ReviewFields\n          hiddenAt\n          hiddenReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideReview($input: HideReviewInput!) {\n    hideReview(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HideReview($input: HideReviewInput!) {\n    hideReview(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideReview($id: ID!) {\n    unhideReview(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideReview($id: ID!) {\n    unhideReview(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeepReview($id: ID!) {\n    keepReview(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KeepReview($id: ID!) {\n    keepReview(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckedFields on Verification {\n    id\n    kind\n    status\n    checkedAt\n    expiresOn\n  }\n"): (typeof documents)["\n  fragment CheckedFields on Verification {\n    id\n    kind\n    status\n    checkedAt\n    expiresOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseConcern($input: RaiseConcernInput!) {\n    raiseConcern(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseConcern($input: RaiseConcernInput!) {\n    raiseConcern(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcernAbout($providerId: ID!) {\n    provider(id: $providerId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ConcernAbout($providerId: ID!) {\n    provider(id: $providerId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConcerns($status: ConcernStatus, $after: String) {\n    concerns(status: $status, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          status\n          description\n          raisedAt\n          acknowledgeBy\n          acknowledgedAt\n          closedAt\n          outcome\n          overdue\n          provider {\n            id\n            name\n          }\n          offering {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyConcerns($status: ConcernStatus, $after: String) {\n    concerns(status: $status, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          status\n          description\n          raisedAt\n          acknowledgeBy\n          acknowledgedAt\n          closedAt\n          outcome\n          overdue\n          provider {\n            id\n            name\n          }\n          offering {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcernDetail($id: ID!) {\n    concern(id: $id) {\n      id\n      status\n      description\n      raisedAt\n      acknowledgeBy\n      acknowledgedAt\n      closedAt\n      outcome\n      overdue\n      bookingStartsAt\n      provider {\n        id\n        name\n        suspendedAt\n      }\n      offering {\n        id\n        title\n      }\n      raisedBy {\n        name\n        email\n        contact\n      }\n      history {\n        status\n        at\n        actorName\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConcernDetail($id: ID!) {\n    concern(id: $id) {\n      id\n      status\n      description\n      raisedAt\n      acknowledgeBy\n      acknowledgedAt\n      closedAt\n      outcome\n      overdue\n      bookingStartsAt\n      provider {\n        id\n        name\n        suspendedAt\n      }\n      offering {\n        id\n        title\n      }\n      raisedBy {\n        name\n        email\n        contact\n      }\n      history {\n        status\n        at\n        actorName\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConcern($id: ID!, $status: ConcernStatus!, $note: String) {\n    updateConcern(id: $id, status: $status, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConcern($id: ID!, $status: ConcernStatus!, $note: String) {\n    updateConcern(id: $id, status: $status, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationQueue($after: String) {\n    verificationQueue(first: 50, after: $after) {\n      id\n      kind\n      reference\n      expiresOn\n      submittedAt\n      provider {\n        id\n        name\n        kind\n        requiredVerifications\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerificationQueue($after: String) {\n    verificationQueue(first: 50, after: $after) {\n      id\n      kind\n      reference\n      expiresOn\n      submittedAt\n      provider {\n        id\n        name\n        kind\n        requiredVerifications\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewVerification($id: ID!, $approve: Boolean!, $note: String) {\n    reviewVerification(id: $id, approve: $approve, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewVerification($id: ID!, $approve: Boolean!, $note: String) {\n    reviewVerification(id: $id, approve: $approve, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitVerification($providerId: ID!, $input: VerificationInput!) {\n    submitVerification(providerId: $providerId, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitVerification($providerId: ID!, $input: VerificationInput!) {\n    submitVerification(providerId: $providerId, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProvider($id: ID!) {\n    provider(id: $id) {\n      id\n      name\n      kind\n      baseOutcode\n      verified\n      suspendedAt\n      suspensionReason\n      requiredVerifications\n      verifications {\n        ...CheckedFields\n        reference\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminProvider($id: ID!) {\n    provider(id: $id) {\n      id\n      name\n      kind\n      baseOutcode\n      verified\n      suspendedAt\n      suspensionReason\n      requiredVerifications\n      verifications {\n        ...CheckedFields\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendProvider($id: ID!, $reason: String!) {\n    suspendProvider(id: $id, reason: $reason) {\n      id\n      suspendedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendProvider($id: ID!, $reason: String!) {\n    suspendProvider(id: $id, reason: $reason) {\n      id\n      suspendedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftProviderSuspension($id: ID!) {\n    liftProviderSuspension(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n"): (typeof documents)["\n  mutation LiftProviderSuspension($id: ID!) {\n    liftProviderSuspension(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySupporterRoles {\n    mySupporterRoles {\n      id\n      planId\n      personName\n      relationship\n      access\n      status\n      invitedAt\n      authorisedReason\n    }\n  }\n"): (typeof documents)["\n  query MySupporterRoles {\n    mySupporterRoles {\n      id\n      planId\n      personName\n      relationship\n      access\n      status\n      invitedAt\n      authorisedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Circle($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      supporters {\n        id\n        name\n        email\n        relationship\n        access\n        status\n        invitedAt\n        authorisedReason\n      }\n      readLog {\n        id\n        readerName\n        readerRole\n        relationship\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Circle($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      supporters {\n        id\n        name\n        email\n        relationship\n        access\n        status\n        invitedAt\n        authorisedReason\n      }\n      readLog {\n        id\n        readerName\n        readerRole\n        relationship\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteSupporter($input: InviteSupporterInput!) {\n    inviteSupporter(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InviteSupporter($input: InviteSupporterInput!) {\n    inviteSupporter(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSupporterInvitation($id: ID!) {\n    acceptSupporterInvitation(id: $id) {\n      id\n      planId\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptSupporterInvitation($id: ID!) {\n    acceptSupporterInvitation(id: $id) {\n      id\n      planId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSupporter($id: ID!) {\n    revokeSupporter(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeSupporter($id: ID!) {\n    revokeSupporter(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActingPlan($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      active\n      outcode\n      localAuthority {\n        code\n        name\n      }\n      needs {\n        slug\n        name\n      }\n      goals {\n        ...GoalPanel\n      }\n      wellbeingChecks {\n        id\n        rawScore\n        metricScore\n        recordedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActingPlan($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      active\n      outcode\n      localAuthority {\n        code\n        name\n      }\n      needs {\n        slug\n        name\n      }\n      goals {\n        ...GoalPanel\n      }\n      wellbeingChecks {\n        id\n        rawScore\n        metricScore\n        recordedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActingBookPlan($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      active\n      outcode\n      localAuthority {\n        councilName\n      }\n      goals {\n        id\n        description\n      }\n      budgets {\n        id\n        fundingSource\n        allocatedPence\n        availablePence\n        periodStartDate\n        periodEndDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActingBookPlan($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      active\n      outcode\n      localAuthority {\n        councilName\n      }\n      goals {\n        id\n        description\n      }\n      budgets {\n        id\n        fundingSource\n        allocatedPence\n        availablePence\n        periodStartDate\n        periodEndDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActingStatementCsv($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      budgets {\n        id\n        statementCsv\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActingStatementCsv($planId: ID!) {\n    supportPlan(id: $planId) {\n      id\n      budgets {\n        id\n        statementCsv\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;