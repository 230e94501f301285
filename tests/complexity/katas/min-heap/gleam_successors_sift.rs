// learner: optimal
// idiom: Gleam-style combinators: free fns over &mut [T], iter::successors parent chain with try_for_each, Option fold for the smaller child, while-let sink
//! A binary min-heap: see README.md.

#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

fn bubble_up<T: Ord>(items: &mut [T], at: usize) {
    // walk the parent chain as a lazy sequence; stop at the first parent that is not larger
    let _ = std::iter::successors(Some(at), |&i| (i > 0).then(|| (i - 1) / 2))
        .zip(std::iter::successors(Some(at), |&i| (i > 0).then(|| (i - 1) / 2)).skip(1))
        .try_for_each(|(child, up)| {
            if items[child] < items[up] {
                items.swap(child, up);
                Ok(())
            } else {
                Err(())
            }
        });
}

fn smaller_child<T: Ord>(items: &[T], at: usize) -> Option<usize> {
    [2 * at + 1, 2 * at + 2]
        .into_iter()
        .filter(|&c| c < items.len())
        .fold(None, |best: Option<usize>, c| match best {
            Some(b) if items[b] <= items[c] => Some(b),
            _ => Some(c),
        })
}

fn sink<T: Ord>(items: &mut [T], at: usize) {
    let mut cur = at;
    while let Some(c) = smaller_child(items, cur).filter(|&c| items[c] < items[cur]) {
        items.swap(cur, c);
        cur = c;
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: vec![] }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        (0..data.len() / 2).rev().for_each(|i| sink(&mut data, i));
        MinHeap { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let at = self.data.len() - 1;
        bubble_up(&mut self.data, at);
    }

    pub fn pop(&mut self) -> Option<T> {
        let last = self.data.len().checked_sub(1)?;
        self.data.swap(0, last);
        let top = self.data.pop();
        sink(&mut self.data, 0);
        top
    }

    pub fn peek(&self) -> Option<&T> {
        self.data.get(0)
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
