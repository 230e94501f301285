// learner: slow
// idiom: Nix: remember every visited node in an attrset `seen.${toString i} = position` (a HashMap), first repeat is the entry
// why: the map grows with every node on the walk: O(n) extra space, target O(1)

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let mut seen: HashMap<usize, usize> = HashMap::new();
    let mut pos = 0usize;
    let mut cur = head;
    while let Some(i) = cur {
        if let Some(&first) = seen.get(&i) {
            return Some(Cycle { entry: i, len: pos - first });
        }
        seen.insert(i, pos);
        pos += 1;
        cur = next[i];
    }
    None
}
