// learner: optimal
// idiom: systems: free functions over &mut [T], bit-shift index arithmetic, `loop` with explicit break, u32-free usize math
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[inline]
fn parent_of(i: usize) -> usize {
    (i - 1) >> 1
}

#[inline]
fn left_of(i: usize) -> usize {
    (i << 1) | 1
}

fn up<T: Ord>(a: &mut [T], mut i: usize) {
    loop {
        if i == 0 {
            break;
        }
        let p = parent_of(i);
        if a[p] <= a[i] {
            break;
        }
        a.swap(p, i);
        i = p;
    }
}

fn down<T: Ord>(a: &mut [T], mut i: usize) {
    let len = a.len();
    loop {
        let l = left_of(i);
        if l >= len {
            break;
        }
        let r = l + 1;
        let c = if r < len && a[r] < a[l] { r } else { l };
        if a[i] <= a[c] {
            break;
        }
        a.swap(i, c);
        i = c;
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        Self { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        let len = data.len();
        if len > 1 {
            let mut i = parent_of(len - 1) + 1;
            loop {
                if i == 0 {
                    break;
                }
                i -= 1;
                down(&mut data, i);
            }
        }
        Self { data }
    }

    pub fn push(&mut self, item: T) {
        let at = self.data.len();
        self.data.push(item);
        up(&mut self.data, at);
    }

    pub fn pop(&mut self) -> Option<T> {
        let len = self.data.len();
        if len == 0 {
            return None;
        }
        self.data.swap(0, len - 1);
        let out = self.data.pop();
        down(&mut self.data, 0);
        out
    }

    pub fn peek(&self) -> Option<&T> {
        if self.data.is_empty() {
            None
        } else {
            Some(&self.data[0])
        }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
