// learner: optimal
// idiom: the two stacks as a [Vec<T>; 2] indexed by named constants, transfer with extend(from_fn)
const IN: usize = 0;
const OUT: usize = 1;

pub struct TwoStackQueue<T> {
    stacks: [Vec<T>; 2],
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { stacks: [Vec::new(), Vec::new()] }
    }

    pub fn enqueue(&mut self, value: T) {
        self.stacks[IN].push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.stacks[OUT].is_empty() {
            let [incoming, outgoing] = &mut self.stacks;
            outgoing.extend(std::iter::from_fn(|| incoming.pop()));
        }
        self.stacks[OUT].pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if let Some(top) = self.stacks[OUT].last() {
            return Some(top);
        }
        self.stacks[IN].first()
    }

    pub fn len(&self) -> usize {
        self.stacks.iter().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.stacks.iter().all(Vec::is_empty)
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
