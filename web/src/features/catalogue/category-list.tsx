export function CategoryList({ categories }: { categories: { slug: string; name: string; description: string }[] }) {
  return (
    <ul className="category-list">
      {categories.map((c) => (
        <li key={c.slug} className="category-list__item">
          <h3 className="category-list__name">
            <a href={`/?kind=${c.slug}`}>{c.name}</a>
          </h3>
          <p className="category-list__description">{c.description}</p>
        </li>
      ))}
    </ul>
  );
}
