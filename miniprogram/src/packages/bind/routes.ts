/** URLs of the bind subpackage's pages. */
export const bindRoutes = {
  owner: () => '/packages/bind/pages/owner/index',
}
