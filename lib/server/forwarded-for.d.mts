/** See forwarded-for.mjs. */
export declare function forwardedFor(claimed: string | string[] | undefined, peer: string | undefined, trusted: ReadonlySet<string>): string;
export declare function trustedProxies(setting: string | undefined): Set<string>;
export declare function looksLikeUndeclaredProxy(claimed: string | string[] | undefined, peer: string | undefined, trusted: ReadonlySet<string>): boolean;
export declare function isLoopback(address: string | undefined): boolean;
export declare const OWN_HOP_HEADER: string;
export declare function clientAddress(request: {
  headers: Record<string, string | string[] | undefined>;
  peer: string | undefined;
  trusted: ReadonlySet<string>;
  hopToken: string;
}): { forwardedFor: string; undeclaredProxy: boolean };
