// learner: optimal
// idiom: follow-up 1 streaming version: for each char, while-let pops repeated chars off the front of a VecDeque — each char enters/leaves once: O(n) amortised
use std::collections::{HashMap, VecDeque};

struct FirstUnique {
    counts: HashMap<char, usize>,
    queue: VecDeque<char>,
}

impl FirstUnique {
    fn new() -> Self {
        FirstUnique { counts: HashMap::new(), queue: VecDeque::new() }
    }

    fn push(&mut self, c: char) {
        let n = self.counts.entry(c).or_insert(0);
        *n += 1;
        if *n == 1 {
            self.queue.push_back(c);
        }
        while let Some(front) = self.queue.front() {
            if self.counts[front] > 1 {
                self.queue.pop_front();
            } else {
                break;
            }
        }
    }

    fn current(&self) -> Option<char> {
        self.queue.front().copied()
    }
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut stream = FirstUnique::new();
    for c in s.chars() {
        stream.push(c);
    }
    stream.current()
}
