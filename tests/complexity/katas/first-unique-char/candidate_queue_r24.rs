// learner: optimal
// idiom: Groovy/Gradle build engineer: streaming "task" that keeps a counts map plus an ArrayDeque of candidates, trimmed at the end
//! First non-repeating character: see README.md.

use std::collections::{HashMap, VecDeque};

struct UniqueTracker {
    counts: HashMap<char, usize>,
    candidates: VecDeque<char>,
}

impl UniqueTracker {
    fn new() -> Self {
        UniqueTracker { counts: HashMap::new(), candidates: VecDeque::new() }
    }

    fn accept(&mut self, c: char) {
        let count = self.counts.entry(c).or_insert(0);
        *count += 1;
        if *count == 1 {
            self.candidates.push_back(c);
        }
        // drop candidates that are no longer unique
        while let Some(front) = self.candidates.front() {
            if self.counts[front] > 1 {
                self.candidates.pop_front();
            } else {
                break;
            }
        }
    }

    fn current(&self) -> Option<char> {
        self.candidates.front().copied()
    }
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut tracker = UniqueTracker::new();
    s.chars().for_each(|c| tracker.accept(c));
    tracker.current()
}
