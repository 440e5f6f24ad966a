// public/publisher-logo.png: the 解説 seal of the OG cards' wordmark, 512×512, rendered once
// from Noto Sans JP Bold with next/og (command in the commit that added it). Google wants a
// publisher logo of at least 112 px on a side.
export const publisherLogo = { path: '/publisher-logo.png', width: 512, height: 512 } as const;
