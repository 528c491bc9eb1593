/** See forwarded-for.mjs. */
export declare function forwardedFor(claimed: string | string[] | undefined, peer: string | undefined, trusted: ReadonlySet<string>): string;
export declare function trustedProxies(setting: string | undefined): Set<string>;
export declare function looksLikeUndeclaredProxy(claimed: string | string[] | undefined, peer: string | undefined, trusted: ReadonlySet<string>): boolean;
