import { badInput, forbidden, notFound } from '../../common/app-error';
import type { RequestContext } from '../../graphql/request-context';
import { inTransaction } from '../../db/transaction';
import type { PlaceDirectory } from '../place/place-directory';
import type { LocalAuthority } from '../place/place.entity';
import { assertValidTable, calculate, explain, type Rate } from './allocation.calculator';
import { AllocationLine, IndicativeBudget, type AllocationScheme } from './allocation.entity';
import type { NeedsAssessmentInput, PublishAllocationVersionInput } from './allocation.inputs';
import { AllocationRepository } from './allocation.repository';

// Owns: every local authority has a current resource allocation system (seeded version 1); versions are numbered
// 1, 2, 3... per area and never change once published; only the area's commissioners (or an admin) publish one, and
// only a table with points for every life area that never fall as need rises. Indicative budgets are worked out by
// the pure calculator from the current version and say which version they used.
export class AllocationService {
  constructor(private readonly places: PlaceDirectory) {}

  async indicativeBudget(ctx: RequestContext, input: NeedsAssessmentInput): Promise<IndicativeBudget> {
    const authority = this.authority(input.localAuthorityCode);
    const scheme = await this.current(ctx, authority.code);
    const c = calculate(scheme, input.answers);
    return Object.assign(new IndicativeBudget(), {
      annualPence: c.annualPence,
      points: c.points,
      pencePerPoint: c.pencePerPoint,
      breakdown: c.lines.map((l) => Object.assign(new AllocationLine(), l)),
      explanation: explain(c, { authorityName: authority.name, version: scheme.version, publishedAt: scheme.publishedAt }),
      schemeVersion: scheme.version,
      localAuthorityCode: authority.code,
    });
  }

  async scheme(ctx: RequestContext, code: string, version?: number | null): Promise<AllocationScheme | null> {
    const authority = this.authority(code);
    if (version == null) return this.current(ctx, authority.code);
    return AllocationRepository.findVersion(ctx.db, authority.code, version);
  }

  async publish(ctx: RequestContext, input: PublishAllocationVersionInput): Promise<AllocationScheme> {
    const viewer = ctx.viewer!;
    const authority = this.authority(input.localAuthorityCode);
    if (viewer.role !== 'ADMIN' && viewer.localAuthorityCode !== authority.code) {
      throw forbidden(`You can publish a resource allocation system only for your own local authority.`);
    }
    return inTransaction(ctx, async (tx) => {
      await AllocationRepository.lockArea(tx.db, authority.code);
      const [current] = await AllocationRepository.findCurrent(tx.db, [authority.code]);
      const given = input.rates ?? [];
      if (new Set(given.map((r) => r.lifeArea)).size !== given.length) throw badInput('Give each life area at most once.', 'rates');
      const rates = new Map<string, Rate>((current?.rates ?? []).map((r) => [r.lifeArea, { ...r }]));
      for (const r of given) {
        rates.set(r.lifeArea, { lifeArea: r.lifeArea, somePoints: r.somePoints, substantialPoints: r.substantialPoints, criticalPoints: r.criticalPoints });
      }
      const table = { pencePerPoint: input.pencePerPoint ?? current?.pencePerPoint ?? 0, rates: [...rates.values()] };
      assertValidTable(table);
      return AllocationRepository.insert(tx.db, {
        code: authority.code,
        version: (current?.version ?? 0) + 1,
        pencePerPoint: table.pencePerPoint,
        note: input.note?.trim() || null,
        publishedBy: viewer.id,
        rates: table.rates,
      });
    });
  }

  private async current(ctx: RequestContext, code: string): Promise<AllocationScheme> {
    const scheme = await ctx.loaders.allocationSchemeByAuthority.load(code);
    if (!scheme) throw notFound('A resource allocation system for that local authority');
    return scheme;
  }

  private authority(code: string): LocalAuthority {
    return this.places.commissioningAuthority(code);
  }
}
