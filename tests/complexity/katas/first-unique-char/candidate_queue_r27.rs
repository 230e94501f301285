// learner: optimal
// idiom: Lisp Machine nostalgic: stream-style, counts plus a FIFO queue of candidates popped while the head is stale
//! First non-repeating character: see README.md.

use std::collections::{HashMap, VecDeque};

/// Returns the first `char` of `s` that occurs exactly once in `s`.
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counts: HashMap<char, usize> = HashMap::new();
    let mut queue: VecDeque<char> = VecDeque::new();
    for c in s.chars() {
        let n = counts.entry(c).or_insert(0);
        *n += 1;
        if *n == 1 {
            queue.push_back(c);
        }
        while let Some(&head) = queue.front() {
            if counts[&head] > 1 {
                queue.pop_front();
            } else {
                break;
            }
        }
    }
    queue.front().copied()
}
