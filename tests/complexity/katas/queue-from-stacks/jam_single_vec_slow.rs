// learner: slow
// why: TwoStackQueue::dequeue is O(n) time, target O(1) amortised: everything lives in one Vec and dequeue is remove(0)
pub struct TwoStackQueue<T> { v: Vec<T>, _spare: Vec<T> }

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self { TwoStackQueue { v: vec![], _spare: vec![] } }
    pub fn enqueue(&mut self, x: T) { self.v.push(x) }
    pub fn dequeue(&mut self) -> Option<T> { if self.v.is_empty() { None } else { Some(self.v.remove(0)) } }
    pub fn peek(&self) -> Option<&T> { self.v.first() }
    pub fn len(&self) -> usize { self.v.len() }
    pub fn is_empty(&self) -> bool { self.v.is_empty() }
}

impl<T> Default for TwoStackQueue<T> { fn default() -> Self { Self::new() } }
