// learner: optimal
// idiom: MUMPS: Floyd written as one big FOR loop with QUIT conditions and match on the successor table, no helpers; length counted from the meeting point first, then entry found by a pointer LEN steps ahead
// why: meeting within n steps, a lap to count c, then t + c more steps: O(n) time with four scalar variables: O(1) space

//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let hd = head?;
    let (mut s, mut f) = (hd, hd);
    // F  S F=$G(NX(F)) Q:F=""  S F=$G(NX(F)) Q:F=""  S S=NX(S) Q:S=F
    let mt = loop {
        f = match next[f] {
            None => return None,
            Some(x) => match next[x] {
                None => return None,
                Some(y) => y,
            },
        };
        s = match next[s] {
            Some(x) => x,
            None => return None,
        };
        if s == f {
            break s;
        }
    };
    let mut len = 1;
    let mut x = next[mt].unwrap();
    while x != mt {
        x = next[x].unwrap();
        len += 1;
    }
    let mut p = hd;
    let mut q = hd;
    let mut k = 0;
    while k < len {
        q = next[q].unwrap();
        k += 1;
    }
    while p != q {
        p = next[p].unwrap();
        q = next[q].unwrap();
    }
    Some(Cycle { entry: p, len })
}
