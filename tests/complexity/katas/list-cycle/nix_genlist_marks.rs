// learner: slow
// idiom: Nix: `marks = genList (_: false) (length next)` and a walk that flips marks; the first node found already marked is the entry
// why: the mark table is as long as the successor table: O(n) extra space, target O(1)

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn first_repeat(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut marks = vec![false; next.len()];
    let mut cur = head;
    while let Some(i) = cur {
        if marks[i] {
            return Some(i);
        }
        marks[i] = true;
        cur = next[i];
    }
    None
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    first_repeat(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let entry = first_repeat(next, head)?;
    let mut len = 1;
    let mut at = next[entry].unwrap();
    while at != entry {
        at = next[at].unwrap();
        len += 1;
    }
    Some(Cycle { entry, len })
}
