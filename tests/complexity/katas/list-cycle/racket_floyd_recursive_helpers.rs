// learner: optimal
// idiom: Racket-style: successor as a closure, named-let loops as small inner fns, Option combinators and `?`
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// (define (meet next slow fast) ...) : returns the meeting node, or None when the list ends.
fn meet(next: &[Option<usize>], head: usize) -> Option<usize> {
    let step = |i: usize| next[i];
    let (mut slow, mut fast) = (head, head);
    loop {
        slow = step(slow)?;
        fast = step(step(fast)?)?;
        if slow == fast {
            return Some(fast);
        }
    }
}

fn entry_from(next: &[Option<usize>], mut a: usize, mut b: usize) -> usize {
    while a != b {
        a = next[a].expect("on the cycle");
        b = next[b].expect("on the cycle");
    }
    a
}

fn lap_length(next: &[Option<usize>], start: usize) -> usize {
    fn go(next: &[Option<usize>], start: usize, at: usize, acc: usize) -> usize {
        let mut at = at;
        let mut acc = acc;
        loop {
            if at == start {
                return acc;
            }
            at = next[at].expect("on the cycle");
            acc += 1;
        }
    }
    go(next, start, next[start].expect("on the cycle"), 1)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    head.and_then(|h| meet(next, h)).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let m = meet(next, h)?;
    let entry = entry_from(next, h, m);
    Some(Cycle { entry, len: lap_length(next, entry) })
}
