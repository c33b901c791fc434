// A namespace's messages in both languages; English must have every key Chinese has.
type Messages = { [key: string]: string | Messages };
type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

export function defineMessages<Z extends Messages>(zh: Z, en: SameShape<Z>): { zh: Z; en: SameShape<Z> } {
  return { zh, en };
}
