import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error';
import { rows } from '../../db/sql';
import { Category } from './category.entity';
import type { LifeArea } from './life-area';

// The taxonomy changes only through migrations, so it is loaded once at start and read from memory.
export class Taxonomy {
  private readonly bySlug = new Map<string, Category>();
  private readonly byId = new Map<string, Category>();
  private ordered: Category[] = [];

  static async load(db: EntityManager): Promise<Taxonomy> {
    const t = new Taxonomy();
    const found = await rows<{ id: string; slug: string; name: string; description: string; life_areas: LifeArea[] }>(
      db,
      `SELECT id, slug, name, description, life_areas::text[] AS life_areas FROM category ORDER BY position`,
    );
    t.ordered = found.map((c) => Object.assign(new Category(), { id: c.id, slug: c.slug, name: c.name, description: c.description, lifeAreas: c.life_areas }));
    for (const c of t.ordered) {
      t.bySlug.set(c.slug, c);
      t.byId.set(c.id, c);
    }
    return t;
  }

  all(): Category[] {
    return this.ordered;
  }

  byIdOrNull(id: string): Category | null {
    return this.byId.get(id) ?? null;
  }

  /** The category for a slug; an unknown slug is BAD_USER_INPUT naming the field. */
  slug(slug: string, field = 'categorySlug'): Category {
    const c = this.bySlug.get(String(slug).trim().toLowerCase());
    if (!c) throw new AppError('BAD_USER_INPUT', `There is no kind of support called "${String(slug).slice(0, 60)}".`, { field });
    return c;
  }
}
