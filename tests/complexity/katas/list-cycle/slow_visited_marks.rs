// learner: slow
// why: find_cycle is O(n) space, target O(1): a bool mark per node (boxed slice, dodging the Vec rules)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn first_repeat(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut seen: Box<[bool]> = std::iter::repeat(false).take(next.len()).collect();
    let mut cur = head;
    while let Some(i) = cur {
        if seen[i] {
            return Some(i);
        }
        seen[i] = true;
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
    let mut cur = next[entry].unwrap();
    while cur != entry {
        cur = next[cur].unwrap();
        len += 1;
    }
    Some(Cycle { entry, len })
}
