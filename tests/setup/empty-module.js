// Stands in for `server-only` under jest: the real package throws outside a React Server Components bundle.
module.exports = {};
