// Read replicas: routing, read-your-writes and replica health.
export { createReplicatedEngine, ReplicatedEngine, ReplicaSession } from './replicated-engine';
export type { ReplicatedEngineOptions, ReplicatedPoolStatus, ReplicaHealthOptions, RouteReason, RoutedExecuteOptions, RoutingEvents } from './replicated-engine';
export type { ReadYourWritesOptions } from './read-your-writes';
export type { ReplicaHealth } from './replica-health';
export { isReplicaRead } from './read-only';
