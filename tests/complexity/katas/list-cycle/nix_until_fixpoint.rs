// learner: optimal
// idiom: Nix: a generic `until pred f x` combinator (like lib.fix / lib.converge) drives every phase; Floyd expressed as three `until`s
// why: each `until` runs at most O(t + c) steps of O(1) work: O(n) time; state is a pair of Option<usize>: O(1) space

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// until pred f x = if pred x then x else until pred f (f x)   (as a loop: no stack growth)
fn until<S: Copy>(pred: impl Fn(S) -> bool, f: impl Fn(S) -> S, start: S) -> S {
    let mut x = start;
    while !pred(x) {
        x = f(x);
    }
    x
}

type Pair = (Option<usize>, Option<usize>);

fn meet(next: &[Option<usize>], head: usize) -> Option<usize> {
    let succ = |o: Option<usize>| o.and_then(|i| next[i]);
    let start: Pair = (succ(Some(head)), succ(succ(Some(head))));
    let (slow, fast) = until(
        |(s, f): Pair| f.is_none() || s == f,
        |(s, f): Pair| (succ(s), succ(succ(f))),
        start,
    );
    fast.and(slow)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    head.map_or(false, |h| meet(next, h).is_some())
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let m = meet(next, h)?;
    let succ = |i: usize| next[i].unwrap();
    let (entry, _) = until(|(a, b): (usize, usize)| a == b, |(a, b)| (succ(a), succ(b)), (h, m));
    let (_, len) = until(
        |(at, _): (usize, usize)| at == entry,
        |(at, n)| (succ(at), n + 1),
        (succ(entry), 1),
    );
    Some(Cycle { entry, len })
}
