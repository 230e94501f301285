// learner: optimal
// idiom: game-jam: (in, out) tuple of Vecs, extend+drain(..).rev() pour, every method a one-liner
pub struct TwoStackQueue<T> { s: (Vec<T>, Vec<T>) }

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self { TwoStackQueue { s: (vec![], vec![]) } }
    pub fn enqueue(&mut self, v: T) { self.s.0.push(v) }
    pub fn dequeue(&mut self) -> Option<T> {
        if self.s.1.is_empty() { let (a, b) = &mut self.s; b.extend(a.drain(..).rev()); }
        self.s.1.pop()
    }
    pub fn peek(&self) -> Option<&T> { self.s.1.last().or(self.s.0.first()) }
    pub fn len(&self) -> usize { self.s.0.len() + self.s.1.len() }
    pub fn is_empty(&self) -> bool { self.len() == 0 }
}

impl<T> Default for TwoStackQueue<T> { fn default() -> Self { Self::new() } }
