// learner: slow
// why: find_cycle is O(n) space, target O(1): it marks visited nodes in a boxed bool slice (the collection rules only look for Vec/HashSet by name)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn fresh_marks(n: usize) -> Box<[bool]> {
    std::iter::repeat(false).take(n).collect()
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match find_cycle(next, head) {
        Some(_) => true,
        None => false,
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let start = match head {
        Some(h) => h,
        None => return None,
    };
    if next.is_empty() {
        return None;
    }
    let mut seen = fresh_marks(next.len());
    let mut current = start;
    loop {
        if seen[current] {
            break;
        }
        seen[current] = true;
        current = match next[current] {
            Some(n) => n,
            None => return None,
        };
    }
    // `current` is the first node visited twice: the entry
    let entry = current;
    let mut len = 1;
    let mut walker = match next[entry] {
        Some(n) => n,
        None => return None,
    };
    while walker != entry {
        walker = match next[walker] {
            Some(n) => n,
            None => return None,
        };
        len += 1;
    }
    Some(Cycle { entry, len })
}
