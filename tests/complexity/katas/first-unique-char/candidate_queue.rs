// learner: optimal
// idiom: streaming style: HashSet of repeated chars + VecDeque of candidates, lazily popping repeated ones from the front
use std::collections::{HashSet, VecDeque};

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut seen = HashSet::new();
    let mut repeated = HashSet::new();
    let mut candidates = VecDeque::new();
    for c in s.chars() {
        if seen.insert(c) {
            candidates.push_back(c);
        } else {
            repeated.insert(c);
        }
        while let Some(&front) = candidates.front() {
            if repeated.contains(&front) {
                candidates.pop_front();
            } else {
                break;
            }
        }
    }
    candidates.front().copied()
}
