import 'reflect-metadata';
import type { ContainerType } from 'type-graphql';

// Resolvers get their services by constructor injection: each resolver class declares the services it needs as
// constructor parameters, and this container builds one instance of each from the app-scoped objects the
// composition root hands it, matched by class (TypeScript's emitted `design:paramtypes`; a subclass stands in for its
// class). Building every resolver up
// front makes a missing service fail the start, naming the resolver, instead of the first request that needs it.
// The request context carries no services, so nothing under modules/ depends on the composition root.
export interface ResolverContainer extends ContainerType {
  get(resolverClass: Function): unknown;
}

export function createResolverContainer(resolverClasses: readonly Function[], provided: readonly object[]): ResolverContainer {
  const instances = new Map<Function, unknown>();
  for (const Resolver of resolverClasses) {
    const needs: Function[] = Reflect.getMetadata('design:paramtypes', Resolver) ?? [];
    const args = needs.map((type, i) => {
      const matching = provided.filter((p) => typeof type === 'function' && p instanceof type);
      if (matching.length > 1) throw new Error(`${Resolver.name}: more than one ${type.name} to inject`);
      const dependency = matching[0];
      if (!dependency) throw new Error(`${Resolver.name}: no ${type?.name ?? 'unknown type'} to inject as constructor argument ${i + 1}`);
      return dependency;
    });
    if (args.length !== Resolver.length) throw new Error(`${Resolver.name}: its constructor's parameter types are not known (decorator metadata missing?)`);
    instances.set(Resolver, new (Resolver as new (...a: unknown[]) => unknown)(...args));
  }
  return {
    get(resolverClass: Function): unknown {
      const instance = instances.get(resolverClass);
      if (!instance) throw new Error(`${resolverClass.name} is not a registered resolver`);
      return instance;
    },
  };
}
