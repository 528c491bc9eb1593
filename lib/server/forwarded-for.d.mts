/** See forwarded-for.mjs. */
export interface TrustedProxies {
  /** The entries as configured (addresses and subnets). */
  readonly list: readonly string[];
  trust(address: string, hop: number): boolean;
}
export declare function forwardedFor(claimed: string | string[] | undefined, peer: string | undefined, trusted: TrustedProxies): string;
export declare function trustedProxies(setting: string | undefined): TrustedProxies;
export declare function looksLikeUndeclaredProxy(claimed: string | string[] | undefined, peer: string | undefined, trusted: TrustedProxies): boolean;
export declare function isLoopback(address: string | undefined): boolean;
export declare const OWN_HOP_HEADER: string;
export declare function clientAddress(request: {
  headers: Record<string, string | string[] | undefined>;
  peer: string | undefined;
  trusted: TrustedProxies;
  hopToken: string;
}): { forwardedFor: string; undeclaredProxy: boolean };
