// learner: slow
// why: has_cycle/find_cycle are O(table) time per call, target O(n) walk: "more steps than next.len() means a loop"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let mut c = head;
    for _ in 0..=next.len() {
        match c {
            None => return false,
            Some(i) => c = next[i],
        }
    }
    true
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    if !has_cycle(next, head) {
        return None;
    }
    // after next.len() steps we are surely on the cycle
    let mut on = head.unwrap();
    for _ in 0..next.len() {
        on = next[on].unwrap();
    }
    let mut len = 1;
    let mut x = next[on].unwrap();
    while x != on {
        x = next[x].unwrap();
        len += 1;
    }
    // entry: a lead pointer len steps ahead meets the trailing one at the entry
    let mut a = head.unwrap();
    for _ in 0..len {
        a = next[a].unwrap();
    }
    let mut b = head.unwrap();
    while a != b {
        a = next[a].unwrap();
        b = next[b].unwrap();
    }
    Some(Cycle { entry: b, len })
}
