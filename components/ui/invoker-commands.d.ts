// HTML invoker commands (`<button commandfor="id" command="show-modal">`):
// they open and close a <dialog> without JavaScript. React passes the
// lowercase attributes through; its types do not list them yet.
import "react";

declare module "react" {
  // Merging needs React's own type parameter, unused here.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ButtonHTMLAttributes<T> {
    command?: "show-modal" | "close" | "request-close";
    commandfor?: string;
  }
}
