import { DeliveryMode, PriceUnit } from '../../modules/catalogue/catalogue.enums';
import { ProviderKind } from '../../modules/provider/provider.enums';

// What each kind of support looks like in the demo market: per category slug, a few ways it is offered (a group,
// one to one, a day service...), each with title, summary and description sentences, delivery modes, a price rule
// and session lengths. `{area}` is the offering's local authority, `{first}` a personal assistant's first name.
const { IN_PERSON, HOME_VISIT, ONLINE, PHONE, GROUP } = DeliveryMode;
const { USER_LED_ORGANISATION, CHARITY, SOCIAL_ENTERPRISE, MICRO_ENTERPRISE, PERSONAL_ASSISTANT, PRIVATE_COMPANY, PUBLIC_BODY } = ProviderKind;

export interface PriceRule {
  unit: PriceUnit;
  /** Pence, inclusive; the drawn price is a multiple of step. */
  min: number;
  max: number;
  step: number;
  /** Chance that a community group is free to attend. */
  freeChance?: number;
}

export interface OfferType {
  titles: readonly string[];
  summaries: readonly string[];
  /** Sentences describing what happens; two are picked. */
  about: readonly string[];
  modes: readonly DeliveryMode[];
  /** Extra modes added with the given chance (mostly ONLINE and PHONE). */
  optionalModes?: readonly (readonly [DeliveryMode, number])[];
  price: PriceRule;
  /** Session minutes: min, max, step. */
  minutes: readonly [number, number, number];
  /** Places per session when delivered as a group. */
  groupSize?: readonly [number, number];
  /** Only these provider kinds offer it this way. */
  kinds?: readonly ProviderKind[];
  weight?: number;
}

export const PRICE = {
  communityGroup: { unit: PriceUnit.SESSION, min: 1000, max: 2500, step: 50, freeChance: 0.12 },
  group: { unit: PriceUnit.SESSION, min: 1000, max: 3000, step: 50 },
  oneToOne: { unit: PriceUnit.SESSION, min: 2500, max: 5500, step: 250 },
  therapy: { unit: PriceUnit.SESSION, min: 3500, max: 8000, step: 500 },
  advice: { unit: PriceUnit.SESSION, min: 1500, max: 4500, step: 250 },
  personalAssistant: { unit: PriceUnit.HOUR, min: 1300, max: 2500, step: 25 },
  day: { unit: PriceUnit.DAY, min: 3500, max: 8000, step: 250 },
  week: { unit: PriceUnit.WEEK, min: 4500, max: 12000, step: 500 },
} as const satisfies Record<string, PriceRule>;

const NOT_PA = [USER_LED_ORGANISATION, CHARITY, SOCIAL_ENTERPRISE, MICRO_ENTERPRISE, PRIVATE_COMPANY, PUBLIC_BODY] as const;

export const OFFER_TYPES: Record<string, readonly OfferType[]> = {
  'peer-support': [
    {
      titles: ['{area} Peer Support Group', 'Hearing Voices Group – {area}', "Men's Mental Health Peer Group, {area}", "Women's Wellbeing Circle, {area}", 'Tuesday Talk peer group', 'Recovery and Discovery peer group', 'Open Door peer support evening'],
      summaries: [
        'A friendly, confidential group where people with lived experience of mental distress share what helps.',
        'Meet others who understand: a relaxed peer group with tea, conversation and no pressure to speak.',
        'A safe space to talk about voices, visions and unusual beliefs with people who have been there.',
      ],
      about: [
        'Each meeting opens with a check-in, then the group decides together what to talk about.',
        'Facilitators are trained peer workers who have their own experience of mental health difficulties.',
        'There is no assessment or referral: come along when you feel ready and come as often as suits you.',
        'We agree ground rules together so that what is said in the group stays in the group.',
        'Some weeks we invite a guest or try something practical, such as a relaxation exercise or a short walk.',
      ],
      modes: [GROUP],
      optionalModes: [[ONLINE, 0.15]],
      price: PRICE.communityGroup,
      minutes: [90, 120, 30],
      groupSize: [8, 16],
      weight: 3,
    },
    {
      titles: ['One-to-one peer support', 'Peer mentoring with someone who has been there', 'Peer support worker sessions, {area}', 'Walk-and-talk peer support'],
      summaries: [
        'Regular one-to-one time with a trained peer supporter who has lived experience of mental distress and recovery.',
        'A peer mentor to help you set your own goals, rebuild confidence and reconnect with your community.',
      ],
      about: [
        'Your peer supporter will meet you somewhere you feel comfortable, such as a café, a library or a park.',
        'Together you will work out what you want from the sessions, whether that is someone to talk to or help towards a goal.',
        'Peer support is not therapy: it is a relationship between equals, built on shared experience.',
        'Support usually runs for six to twelve sessions, and can be extended if it is helping.',
      ],
      modes: [IN_PERSON],
      optionalModes: [[PHONE, 0.3], [ONLINE, 0.2]],
      price: PRICE.oneToOne,
      minutes: [45, 90, 15],
      weight: 2,
    },
  ],
  'talking-therapies': [
    {
      titles: ['Counselling in {area}', 'Person-centred counselling', 'CBT for anxiety and low mood', 'Trauma-informed counselling', 'Counselling for anxiety, stress and low mood', 'EMDR therapy'],
      summaries: [
        'Confidential one-to-one counselling with a BACP-registered counsellor, at a pace that suits you.',
        'Short-term cognitive behavioural therapy with an accredited therapist to help you manage anxiety and low mood.',
        'A safe, non-judgemental space to talk through what is troubling you with a qualified therapist.',
      ],
      about: [
        'Your first session is a chance to talk about what brings you here and to decide whether we are a good fit.',
        'Sessions are weekly and usually run for six to twelve weeks; we review progress together as we go.',
        'All our practitioners are registered with a professional body and receive regular clinical supervision.',
        'We use evidence-based approaches and adapt them to your needs, culture and preferences.',
        'We are not a crisis service: if you are in crisis, we will help you find the right urgent support.',
      ],
      modes: [IN_PERSON],
      optionalModes: [[ONLINE, 0.5], [PHONE, 0.25]],
      price: PRICE.therapy,
      minutes: [50, 60, 10],
      kinds: [CHARITY, SOCIAL_ENTERPRISE, MICRO_ENTERPRISE, PRIVATE_COMPANY, PUBLIC_BODY],
      weight: 3,
    },
    {
      titles: ['Online counselling', 'Telephone counselling', 'Online CBT sessions'],
      summaries: ['Counselling by video call or phone with a registered practitioner, wherever you live in Great Britain.'],
      about: [
        'All you need is a quiet, private space and a phone, tablet or computer.',
        'We send a secure link before each session and can talk you through it the first time.',
        'Evening appointments are available for people who work or care during the day.',
      ],
      modes: [ONLINE, PHONE],
      price: PRICE.therapy,
      minutes: [50, 50, 10],
      kinds: [CHARITY, MICRO_ENTERPRISE, PRIVATE_COMPANY],
      weight: 1,
    },
    {
      titles: ['Anxiety management group', 'Compassion-focused therapy group', 'Managing stress course, {area}'],
      summaries: ['A structured, therapist-led group course to learn practical ways of managing anxiety and stress.'],
      about: [
        'The course runs over six weekly sessions, each building on the last, with short practice tasks in between.',
        'You will not be asked to share anything personal unless you want to.',
      ],
      modes: [GROUP],
      optionalModes: [[ONLINE, 0.2]],
      price: PRICE.group,
      minutes: [90, 120, 30],
      groupSize: [6, 12],
      kinds: [CHARITY, PUBLIC_BODY, PRIVATE_COMPANY],
      weight: 1,
    },
  ],
  'employment-support': [
    {
      titles: ['Individual placement and support', 'Back to work coaching, {area}', 'Employment support for people with mental health conditions', 'Job search and CV help', 'Staying well at work support'],
      summaries: [
        'One-to-one support from an employment specialist to find paid work that suits you, and to keep it.',
        'Practical help with CVs, applications and interviews, and support in your first months at work.',
      ],
      about: [
        'We start with what you want to do, not with what is available, and look for jobs that match.',
        'Your employment specialist can talk to employers on your behalf, if you want them to.',
        'We can also help you understand how work will affect your benefits.',
        'Support carries on after you start work, for as long as it is useful.',
      ],
      modes: [IN_PERSON],
      optionalModes: [[PHONE, 0.35], [ONLINE, 0.3]],
      price: PRICE.oneToOne,
      minutes: [60, 90, 30],
      weight: 3,
    },
    {
      titles: ['Work-readiness course', 'Volunteering taster days, {area}', 'Confidence for work group'],
      summaries: ['A small group course to build confidence, try out new skills and take the first steps towards work or volunteering.'],
      about: [
        'Sessions cover things like routines, communication, interview practice and managing your wellbeing at work.',
        'Several local employers and volunteer centres come to talk about their opportunities.',
      ],
      modes: [GROUP],
      price: PRICE.group,
      minutes: [120, 180, 30],
      groupSize: [8, 14],
      weight: 1,
    },
  ],
  'housing-support': [
    {
      titles: ['Tenancy sustainment support', 'Housing support worker, {area}', 'Help to find and keep a home', 'Moving-on support'],
      summaries: [
        'A support worker who helps you keep your tenancy: bills, repairs, neighbours and letters from the landlord.',
        'Practical help to find somewhere to live, set up your home and settle in.',
      ],
      about: [
        'Your support worker visits you at home and works through the things that feel most urgent first.',
        'We can help with housing applications, bidding for properties and talking to landlords and councils.',
        'We also help with setting up utilities, council tax and furniture when you move in.',
      ],
      modes: [HOME_VISIT],
      optionalModes: [[PHONE, 0.4]],
      price: PRICE.oneToOne,
      minutes: [60, 120, 30],
      weight: 2,
    },
    {
      titles: ['Weekly floating support', 'Weekly tenancy support package'],
      summaries: ['A regular weekly package of housing-related support, with visits and phone check-ins in between.'],
      about: [
        'The package includes a home visit each week and a phone call if you need one.',
        'It is flexible: we can increase or reduce support as things change.',
      ],
      modes: [HOME_VISIT, PHONE],
      price: PRICE.week,
      minutes: [60, 120, 30],
      kinds: [CHARITY, PRIVATE_COMPANY, PUBLIC_BODY, SOCIAL_ENTERPRISE],
      weight: 1,
    },
  ],
  'day-opportunities': [
    {
      titles: ['{area} Community Day Centre', 'Day opportunities hub', 'Weekday activity club, {area}', 'Life skills and leisure day', 'Community café day service'],
      summaries: [
        'A welcoming day service with activities, a hot lunch and the chance to build routine and friendships.',
        'Days out, creative sessions and life skills in a relaxed, supportive setting.',
      ],
      about: [
        'The programme changes each week and members help to plan it: cooking, crafts, quizzes, gardening and trips out.',
        'Staff and volunteers are on hand throughout the day and can support with personal care if needed.',
        'Lunch and refreshments are included in the day rate.',
        'Many people come for one or two days a week and gradually try new things.',
      ],
      modes: [GROUP],
      price: PRICE.day,
      minutes: [180, 240, 30],
      groupSize: [10, 20],
      weight: 3,
    },
    {
      titles: ['Community connector sessions', 'Out and about sessions', 'Social activity sessions, {area}'],
      summaries: ['Half-day sessions trying out local clubs, activities and places to go, with a worker alongside you.'],
      about: [
        'We start from your interests and find local activities you might enjoy, then go along together the first few times.',
        'The aim is to build your own network, so that over time you need us less.',
      ],
      modes: [IN_PERSON],
      price: PRICE.oneToOne,
      minutes: [120, 180, 60],
      weight: 1,
    },
  ],
  'arts-and-creativity': [
    {
      titles: ['{area} Creative Wellbeing Group', 'Art for wellbeing', 'Community choir for wellbeing', 'Creative writing group', 'Pottery and crafts group, {area}', 'Drama and storytelling workshop', 'Photography walks'],
      summaries: [
        'A relaxed creative group: no experience needed, all materials provided and no pressure to produce a masterpiece.',
        'Make something, meet people and switch off for a while in a friendly, supportive group.',
      ],
      about: [
        'Sessions are led by a practising artist with experience of running groups for wellbeing.',
        'Each session has a simple starting point, and you are free to take it wherever you like.',
        'Twice a year members can show their work at a local exhibition or performance, if they want to.',
        'Tea, coffee and biscuits are always on offer, and there is a quiet corner if you need a break.',
      ],
      modes: [GROUP],
      optionalModes: [[ONLINE, 0.1]],
      price: PRICE.communityGroup,
      minutes: [90, 150, 30],
      groupSize: [8, 14],
      weight: 3,
    },
    {
      titles: ['One-to-one art sessions', 'Music mentoring', 'Creative one-to-one sessions'],
      summaries: ['Personal creative sessions at your own pace, at home or in the studio.'],
      about: [
        'We can work towards a project of your choosing, from learning an instrument to finishing a piece of writing.',
        'Sessions can take place at home if getting out is difficult.',
      ],
      modes: [IN_PERSON],
      optionalModes: [[HOME_VISIT, 0.4], [ONLINE, 0.2]],
      price: PRICE.oneToOne,
      minutes: [60, 90, 30],
      weight: 1,
    },
  ],
  'physical-activity': [
    {
      titles: ['Walking for wellbeing, {area}', 'Gentle yoga for wellbeing', 'Community football for mental health', 'Wellbeing swim sessions', 'Chair-based exercise', 'Couch to 5k for wellbeing', 'Tai chi in the park'],
      summaries: [
        'Friendly, gentle exercise for all abilities, with people who understand that getting started is the hardest part.',
        'A welcoming activity group where the focus is on enjoyment and company, not on performance.',
      ],
      about: [
        'The leader is a qualified instructor who adapts every session to the people who come.',
        'You do not need any special kit: comfortable clothes and shoes are enough.',
        'Sessions end with a cup of tea and a chat for anyone who wants to stay.',
        'Bring a friend or supporter if that makes it easier to come the first time.',
      ],
      modes: [GROUP],
      price: PRICE.communityGroup,
      minutes: [45, 90, 15],
      groupSize: [8, 20],
      weight: 3,
    },
    {
      titles: ['Personal training for wellbeing', 'One-to-one gym support', 'Exercise buddy sessions'],
      summaries: ['One-to-one sessions with a trainer experienced in supporting people with mental health conditions.'],
      about: [
        'We agree goals together and build a plan that fits your health, your confidence and your budget.',
        'Sessions can take place at a local gym, in a park or at your home.',
      ],
      modes: [IN_PERSON],
      optionalModes: [[HOME_VISIT, 0.3]],
      price: PRICE.oneToOne,
      minutes: [45, 60, 15],
      weight: 1,
    },
  ],
  'personal-assistance': [
    {
      titles: ['Personal assistant in {area}', 'Flexible personal assistant support', 'Personal assistant: at home and out and about', 'PA support for everyday life'],
      summaries: [
        'I am {first}, an experienced personal assistant offering flexible support at home and out and about in {area}.',
        'Reliable, friendly PA support on your terms: shopping, appointments, cooking, activities and more.',
      ],
      about: [
        'I can help with shopping, cooking, housework, going to appointments, getting to work or college, and getting out to things you enjoy.',
        'You decide how you want to be supported and when: I work flexibly, including some evenings and weekends.',
        'I have an enhanced DBS check, first aid training and public liability insurance.',
        'I have several years of experience supporting people with mental health conditions and learning disabilities.',
      ],
      modes: [HOME_VISIT],
      optionalModes: [[IN_PERSON, 0.4]],
      price: PRICE.personalAssistant,
      minutes: [60, 240, 60],
      kinds: [PERSONAL_ASSISTANT],
      weight: 3,
    },
    {
      titles: ['Personal assistant service, {area}', 'Matched personal assistants', 'Personal assistance and support workers'],
      summaries: ['We match you with a personal assistant who shares your interests, and cover holidays and sickness.'],
      about: [
        'You meet your PA before support starts, and you can ask for a change at any time.',
        'We handle recruitment, training, payroll and insurance, so you do not have to become an employer.',
        'Support can be booked by the hour, from a single visit a week to several hours a day.',
      ],
      modes: [HOME_VISIT],
      optionalModes: [[IN_PERSON, 0.3]],
      price: PRICE.personalAssistant,
      minutes: [60, 240, 60],
      kinds: [MICRO_ENTERPRISE, PRIVATE_COMPANY, CHARITY, SOCIAL_ENTERPRISE],
      weight: 2,
    },
  ],
  befriending: [
    {
      titles: ['Befriending in {area}', 'Befriending for older people', 'Community befriending scheme', 'Coffee and company befriending'],
      summaries: [
        'A regular visit or call from a friendly befriender, matched with you by shared interests.',
        'Someone to chat with, go for a coffee or a walk with, and help you feel more connected.',
      ],
      about: [
        'We take time to match you with a befriender you will get on with, and introduce you at your first meeting.',
        'All befrienders are trained, supported and DBS checked.',
        'Many people go on to join local groups and activities with their befriender alongside them.',
      ],
      modes: [HOME_VISIT],
      optionalModes: [[PHONE, 0.35], [IN_PERSON, 0.4]],
      price: PRICE.advice,
      minutes: [60, 120, 30],
      weight: 3,
    },
    {
      titles: ['Telephone befriending', 'Phone friends', 'Weekly friendly call'],
      summaries: ['A friendly phone call every week from the same trained befriender, for a chat and some company.'],
      about: [
        'Calls are at a time that suits you, usually for half an hour to an hour.',
        'Your befriender can also let you know about local groups and activities if you would like to get out more.',
      ],
      modes: [PHONE],
      price: PRICE.advice,
      minutes: [30, 60, 30],
      kinds: NOT_PA,
      weight: 1,
    },
    {
      titles: ['Lunch club', 'Friendship group, {area}', 'Social club for new friendships'],
      summaries: ['A weekly social group with food, games and good company for anyone feeling isolated.'],
      about: ['Volunteers welcome everyone at the door and make sure no one sits alone.', 'Transport can be arranged if getting there is difficult.'],
      modes: [GROUP],
      price: PRICE.communityGroup,
      minutes: [90, 150, 30],
      groupSize: [10, 20],
      weight: 1,
    },
  ],
  'money-advice': [
    {
      titles: ['Money and benefits advice, {area}', 'Debt advice', 'Benefits check and form-filling help', 'PIP and Universal Credit support', 'Budgeting support sessions'],
      summaries: [
        'Independent, confidential advice on benefits, debt and budgeting, with help to fill in forms and prepare for appeals.',
        'An adviser who helps you make sense of benefits, bills and debts, and works out a plan with you.',
      ],
      about: [
        'Our advisers check that you are receiving every benefit you are entitled to.',
        'We can help you fill in claim forms, prepare for assessments and challenge decisions.',
        'If you are in debt we will help you deal with creditors and look at all the options.',
        'Bring any letters you have received; if you do not have them, that is fine too.',
      ],
      modes: [IN_PERSON],
      optionalModes: [[PHONE, 0.5], [ONLINE, 0.25]],
      price: PRICE.advice,
      minutes: [45, 90, 15],
      weight: 1,
    },
  ],
  'learning-and-skills': [
    {
      titles: ['Recovery college courses, {area}', 'Understanding anxiety course', 'Wellness Recovery Action Planning (WRAP)', 'Maths and English for adults', 'Introduction to mindfulness course', 'Building resilience course'],
      summaries: [
        'Free-to-join recovery college courses, co-produced and co-delivered by trainers with lived experience.',
        'Friendly adult learning courses to build skills and confidence, with no exams unless you want them.',
      ],
      about: [
        'Courses are taught by a tutor and a peer trainer together, mixing professional and lived experience.',
        'Each course runs for four to ten weeks and you can enrol on as many as you like.',
        'There are no entry requirements and no tests: just come with an open mind.',
        'You will receive a certificate of attendance at the end, and some courses lead to a qualification.',
      ],
      modes: [GROUP],
      optionalModes: [[ONLINE, 0.25]],
      price: PRICE.group,
      minutes: [90, 180, 30],
      groupSize: [10, 20],
      weight: 3,
    },
  ],
  'carers-support': [
    {
      titles: ["{area} Carers' Support Group", "Young carers' group", "Carers' wellbeing sessions", 'Support for families and carers'],
      summaries: [
        'A group for people caring for a family member or friend with a mental health condition.',
        'Information, a listening ear and time for yourself, with other carers who understand.',
      ],
      about: [
        'Each meeting has time for a chat and, every other month, a guest speaker on things like benefits or services.',
        "We can help you get a carer's assessment and find out what support you are entitled to.",
        'Sitting services can be arranged so that you can attend.',
      ],
      modes: [GROUP],
      optionalModes: [[ONLINE, 0.25]],
      price: PRICE.communityGroup,
      minutes: [90, 120, 30],
      groupSize: [6, 16],
      weight: 2,
    },
    {
      titles: ["One-to-one carers' support", "Carers' breaks and respite", 'Carer support worker'],
      summaries: ['Personal support for carers, including planned breaks and help to look after your own wellbeing.'],
      about: ['We help you plan breaks and can arrange someone to be with the person you care for.', 'Support can be by phone at times that suit you.'],
      modes: [IN_PERSON],
      optionalModes: [[PHONE, 0.5], [HOME_VISIT, 0.3]],
      price: PRICE.oneToOne,
      minutes: [60, 120, 30],
      weight: 1,
    },
  ],
  'nature-based': [
    {
      titles: ['{area} Community Garden', 'Therapeutic gardening group', 'Green gym conservation volunteering', 'Care farm days', 'Allotment wellbeing group', 'Wild swimming group', 'Forest school for adults'],
      summaries: [
        'Get outdoors, learn new skills and meet people in a relaxed and supportive green space.',
        'Practical outdoor sessions growing food, caring for wildlife and enjoying nature together.',
      ],
      about: [
        'No experience is needed: our team will show you everything, and there are jobs for every ability.',
        'We provide tools, gloves and waterproofs, and there is always a hot drink at the end.',
        'Sessions run in all weathers, with a shelter and indoor tasks for the wettest days.',
        'Produce from the garden goes to members and to the local food bank.',
      ],
      modes: [GROUP],
      price: PRICE.communityGroup,
      minutes: [120, 240, 30],
      groupSize: [6, 15],
      weight: 3,
    },
  ],
  'digital-skills': [
    {
      titles: ['Digital skills drop-in, {area}', 'Get online: phones and tablets', 'Computer confidence course', 'Staying safe online'],
      summaries: [
        'Friendly help to use your phone, tablet or computer with confidence: email, video calls, forms and staying safe.',
        'Learn at your own pace with a patient tutor, using your own device or one of ours.',
      ],
      about: [
        'Bring your own device if you have one, or borrow one of ours for the session.',
        'We cover whatever you want to learn, from the basics to online banking and booking GP appointments.',
        'Devices and data can sometimes be provided for people who do not have them.',
      ],
      modes: [GROUP],
      optionalModes: [[ONLINE, 0.2]],
      price: PRICE.group,
      minutes: [60, 120, 30],
      groupSize: [6, 12],
      weight: 2,
    },
    {
      titles: ['One-to-one digital help', 'Digital help at home'],
      summaries: ['Personal help with technology, at home or by phone, at a pace that suits you.'],
      about: ['We can set up your devices, help you get online and show you how to keep in touch with people.'],
      modes: [HOME_VISIT],
      optionalModes: [[PHONE, 0.4], [ONLINE, 0.3]],
      price: PRICE.oneToOne,
      minutes: [60, 90, 30],
      weight: 1,
    },
  ],
  'crisis-cafe': [
    {
      titles: ['{area} Crisis Café', '{area} Safe Haven', 'Evening sanctuary, {area}', 'Weekend safe space'],
      summaries: [
        'An out-of-hours, non-clinical safe space to talk when things feel too much, staffed by peer workers.',
        'A calm place to go in the evening if you are struggling, with someone to listen and help you plan next steps.',
      ],
      about: [
        'You do not need a referral or an appointment: booking a place simply lets us know you are coming.',
        'Peer workers with lived experience will listen without judgement and help you find a way through the night.',
        'We work alongside the local mental health crisis team and can help you contact them if needed.',
        'There is a quiet room, hot drinks and food, and someone to talk to for as long as you need.',
      ],
      modes: [IN_PERSON],
      optionalModes: [[PHONE, 0.3]],
      price: { unit: PriceUnit.SESSION, min: 1000, max: 2000, step: 50, freeChance: 0.3 },
      minutes: [120, 240, 60],
      kinds: [USER_LED_ORGANISATION, CHARITY, PUBLIC_BODY, SOCIAL_ENTERPRISE],
      weight: 1,
    },
  ],
  'substance-use-support': [
    {
      titles: ['{area} Recovery Café', 'Mutual aid recovery group', 'SMART Recovery meeting', 'Alcohol recovery group, {area}', 'Family recovery group'],
      summaries: [
        'A welcoming recovery group for anyone wanting to change their relationship with drugs or alcohol.',
        'Peer-led mutual aid meetings where people in recovery support each other.',
      ],
      about: [
        'Meetings are open to anyone at any stage, whether you are thinking about change or years into recovery.',
        'Facilitators are people in long-term recovery who have been trained to run groups.',
        'You do not have to be abstinent to come along, only to come to meetings sober.',
      ],
      modes: [GROUP],
      optionalModes: [[ONLINE, 0.2]],
      price: PRICE.communityGroup,
      minutes: [60, 120, 30],
      groupSize: [8, 20],
      weight: 2,
    },
    {
      titles: ['One-to-one recovery coaching', 'Drug and alcohol key work', 'Recovery support worker, {area}'],
      summaries: ['One-to-one support to reduce or stop drinking or drug use, at your pace and on your terms.'],
      about: [
        'We agree a plan together and review it regularly, including harm reduction if that is where you want to start.',
        'We can link you with health services, mutual aid groups and support for your family.',
      ],
      modes: [IN_PERSON],
      optionalModes: [[PHONE, 0.4], [ONLINE, 0.2]],
      price: PRICE.oneToOne,
      minutes: [45, 60, 15],
      kinds: NOT_PA,
      weight: 2,
    },
  ],
  'independent-living-skills': [
    {
      titles: ['Independent living skills, {area}', 'Cooking on a budget course', 'Travel training', 'Life skills support at home', 'Getting organised at home'],
      summaries: [
        'Practical support to build the everyday skills for living independently: cooking, shopping, budgeting and travel.',
        'Step-by-step help to do more for yourself, at home and in your community.',
      ],
      about: [
        'We start with the things you most want to be able to do and practise them together in real life.',
        'Travel training helps you learn a route step by step until you can make the journey on your own.',
        'Sessions take place in your home, in local shops and on public transport.',
      ],
      modes: [HOME_VISIT],
      optionalModes: [[IN_PERSON, 0.5]],
      price: PRICE.oneToOne,
      minutes: [60, 180, 30],
      weight: 2,
    },
    {
      titles: ['Cookery club', 'Living skills group', 'Money and home skills group'],
      summaries: ['A small, practical group to learn and practise everyday skills with others.'],
      about: ['Each week covers one practical skill, and everyone takes home a recipe or a plan to try.'],
      modes: [GROUP],
      price: PRICE.group,
      minutes: [90, 150, 30],
      groupSize: [6, 10],
      kinds: NOT_PA,
      weight: 1,
    },
  ],
  advocacy: [
    {
      titles: ['Independent advocacy, {area}', 'Mental health advocacy', 'Care Act advocacy', 'Self-advocacy group'],
      summaries: [
        'An independent advocate to help you have your say in decisions about your care, support and treatment.',
        'Support to understand your rights, prepare for meetings and make sure your views are heard.',
      ],
      about: [
        'Advocates are independent of health and social care services and work only for you.',
        'We can come to meetings with you, help you write letters and support you to make a complaint.',
        'Everything you tell us is confidential unless someone is at risk of serious harm.',
      ],
      modes: [IN_PERSON],
      optionalModes: [[PHONE, 0.5], [HOME_VISIT, 0.3]],
      price: PRICE.advice,
      minutes: [60, 90, 30],
      kinds: NOT_PA,
      weight: 1,
    },
  ],
};

/** Who an offering is for: most are open to adults; a few are for young people or over-50s. */
export const AUDIENCES = {
  all: { minimumAge: null, maximumAge: null, suffix: '' },
  adults: { minimumAge: 18, maximumAge: null, suffix: '' },
  youth: { minimumAge: 16, maximumAge: 25, suffix: ' for young people (16–25)' },
  older: { minimumAge: 50, maximumAge: null, suffix: ' for over-50s' },
} as const;
export type Audience = keyof typeof AUDIENCES;

/** Which categories each kind of provider offers, by weight. */
export const CATEGORY_WEIGHTS: Record<ProviderKind, Readonly<Record<string, number>>> = {
  [USER_LED_ORGANISATION]: {
    'peer-support': 30, 'arts-and-creativity': 10, befriending: 8, 'crisis-cafe': 5, advocacy: 8, 'day-opportunities': 6,
    'nature-based': 6, 'substance-use-support': 6, 'carers-support': 4, 'learning-and-skills': 5, 'physical-activity': 5, 'digital-skills': 3,
  },
  [CHARITY]: {
    advocacy: 8, 'money-advice': 10, 'housing-support': 8, befriending: 10, 'employment-support': 8, 'talking-therapies': 8,
    'carers-support': 8, 'crisis-cafe': 4, 'substance-use-support': 8, 'day-opportunities': 6, 'arts-and-creativity': 5,
    'physical-activity': 4, 'nature-based': 4, 'learning-and-skills': 4, 'digital-skills': 4, 'peer-support': 5,
    'independent-living-skills': 4, 'personal-assistance': 2,
  },
  [SOCIAL_ENTERPRISE]: {
    'employment-support': 12, 'nature-based': 10, 'day-opportunities': 8, 'digital-skills': 8, 'arts-and-creativity': 8,
    'physical-activity': 8, 'independent-living-skills': 8, 'learning-and-skills': 6, 'housing-support': 4, 'peer-support': 3,
    'crisis-cafe': 2, 'personal-assistance': 2,
  },
  [MICRO_ENTERPRISE]: {
    'talking-therapies': 14, 'physical-activity': 10, 'arts-and-creativity': 10, 'nature-based': 8, 'independent-living-skills': 8,
    befriending: 6, 'digital-skills': 6, 'day-opportunities': 6, 'employment-support': 4, 'money-advice': 3,
    'personal-assistance': 4, 'peer-support': 4, 'learning-and-skills': 3,
  },
  [PERSONAL_ASSISTANT]: { 'personal-assistance': 85, 'independent-living-skills': 10, befriending: 5 },
  [PRIVATE_COMPANY]: {
    'talking-therapies': 12, 'personal-assistance': 12, 'independent-living-skills': 10, 'employment-support': 8,
    'housing-support': 8, 'day-opportunities': 8, 'physical-activity': 6, 'substance-use-support': 4, 'digital-skills': 3, 'money-advice': 3,
  },
  [PUBLIC_BODY]: {
    'learning-and-skills': 14, 'employment-support': 10, 'crisis-cafe': 6, 'housing-support': 6, 'money-advice': 6,
    'talking-therapies': 8, 'carers-support': 6, 'digital-skills': 6, 'substance-use-support': 5, 'physical-activity': 4,
    'day-opportunities': 4, advocacy: 3,
  },
};

/** The way of offering a category that suits a provider kind, for categories added after these templates. */
export function genericOfferType(name: string, description: string): OfferType {
  return {
    titles: [`${name}, {area}`, name],
    summaries: [description.length <= 300 ? description : `${description.slice(0, 297)}...`],
    about: [description, 'Get in touch to talk through what would help before you book.'],
    modes: [IN_PERSON],
    optionalModes: [[ONLINE, 0.2], [PHONE, 0.2]],
    price: PRICE.oneToOne,
    minutes: [60, 90, 30],
  };
}

export const ACCESSIBILITY = ['step-free access', 'hearing loop', 'quiet space', 'easy read information', 'accessible toilet', 'large print'] as const;

/** Community languages besides English and Welsh, by how often the demo offers them. */
export const COMMUNITY_LANGUAGES: readonly (readonly [string, number])[] = [
  ['pl', 4], ['ur', 4], ['pa', 3], ['bn', 2], ['ar', 2], ['so', 1],
];

export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  cy: 'Welsh', pl: 'Polish', ur: 'Urdu', pa: 'Punjabi', bn: 'Bengali', ar: 'Arabic', so: 'Somali', bfi: 'British Sign Language',
};
