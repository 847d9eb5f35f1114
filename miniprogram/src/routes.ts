/** Page URLs in one place, so a moved page breaks the build rather than a tap. */
export const HOME_URL = '/pages/home/index'
export const BIND_OWNER_URL = '/packages/bind/pages/owner/index'
/** The emulator's persona switcher (H5 only). */
export const DEV_LOGIN_URL = '/dev/'
