import { gql, type TypedDocumentNode } from '@apollo/client';

export interface CategoryListItem {
  slug: string;
  name: string;
  description: string;
}

export const CATEGORY_LIST_ITEM_FRAGMENT = gql`
  fragment CategoryListItem on Category {
    slug
    name
    description
  }
`;

export const HOME_CATEGORIES_QUERY: TypedDocumentNode<{ categories: CategoryListItem[] }, Record<string, never>> = gql`
  query HomeCategories {
    categories {
      ...CategoryListItem
    }
  }
  ${CATEGORY_LIST_ITEM_FRAGMENT}
`;

export function CategoryList({ categories }: { categories: CategoryListItem[] }) {
  return (
    <ul className="category-list">
      {categories.map((c) => (
        <li key={c.slug} className="category-list__item">
          <h3 className="category-list__name">{c.name}</h3>
          <p className="category-list__description">{c.description}</p>
        </li>
      ))}
    </ul>
  );
}
