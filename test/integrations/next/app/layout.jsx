export const metadata = {title: 'Anxious attachment'};

export default function RootLayout({children}) {
  return (
    <html lang="en">
      <head>
        {/* attune.js and the files beside it, copied from attune-widgets/dist to public/attune/. */}
        <script type="module" src="/attune/attune.js" async />
      </head>
      <body>{children}</body>
    </html>
  );
}
