// learner: optimal
// idiom: Agda/proof-assistant researcher: streaming invariant "front of the queue is the first unique char of the prefix", restored after each step by popping; amortised O(1)
//! First non-repeating character: see README.md.

use std::collections::{HashMap, VecDeque};

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Invariant after each character: every queued char has been seen, the queue is in order of
/// first appearance, and its front (if any) has count exactly 1.
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut count: HashMap<char, u32> = HashMap::new();
    let mut candidates: VecDeque<char> = VecDeque::new();
    for c in s.chars() {
        let n = count.entry(c).or_insert(0);
        *n = n.saturating_add(1);
        if *n == 1 {
            candidates.push_back(c);
        }
        while let Some(front) = candidates.front() {
            if count[front] > 1 {
                candidates.pop_front();
            } else {
                break;
            }
        }
    }
    candidates.front().copied()
}
