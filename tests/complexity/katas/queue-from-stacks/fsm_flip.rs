// learner: optimal
// idiom: hardware-style: explicit DRAIN/TRANSFER states in a loop, an occupancy counter register kept alongside the two stacks
//! A queue made of two stacks: see README.md.

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Drain,
    Transfer,
}

pub struct TwoStackQueue<T> {
    wr: Vec<T>,
    rd: Vec<T>,
    occupancy: usize,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { wr: Vec::new(), rd: Vec::new(), occupancy: 0 }
    }

    pub fn enqueue(&mut self, value: T) {
        self.wr.push(value);
        self.occupancy += 1;
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.occupancy == 0 {
            return None;
        }
        let mut op = if self.rd.is_empty() { Op::Transfer } else { Op::Drain };
        loop {
            match op {
                Op::Transfer => match self.wr.pop() {
                    Some(word) => self.rd.push(word),
                    None => op = Op::Drain,
                },
                Op::Drain => {
                    self.occupancy -= 1;
                    return self.rd.pop();
                }
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        match (self.rd.last(), self.wr.first()) {
            (Some(x), _) => Some(x),
            (None, y) => y,
        }
    }

    pub fn len(&self) -> usize {
        self.occupancy
    }

    pub fn is_empty(&self) -> bool {
        self.occupancy == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
