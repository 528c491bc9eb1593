/** See forwarded-for.mjs. */
export declare function forwardedFor(claimed: string | string[] | undefined, peer: string | undefined, trustProxy: boolean): string;
