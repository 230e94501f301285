// learner: optimal
// idiom: Java-ish Window<'a, T> struct over the slice with private methods (next_pivot, split_around, narrow_to), xorshift state kept in the struct, loop + match on where the rank falls
//! Latency percentiles by quickselect.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

enum Side {
    Left,
    Middle,
    Right,
}

struct Window<'a, T> {
    data: &'a mut [T],
    start: usize,
    end: usize,
    rng: u64,
}

impl<'a, T: Ord + Copy> Window<'a, T> {
    fn new(data: &'a mut [T]) -> Self {
        let end = data.len();
        Window { data, start: 0, end, rng: 0x2545_F491_4F6C_DD1D }
    }

    fn next_pivot(&mut self) -> T {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        let width = (self.end - self.start) as u64;
        self.data[self.start + (self.rng % width) as usize]
    }

    /// Rearranges [start, end) into < pivot | == pivot | > pivot and returns the two borders.
    fn split_around(&mut self, pivot: T) -> (usize, usize) {
        let mut less = self.start;
        for i in self.start..self.end {
            if self.data[i] < pivot {
                self.data.swap(i, less);
                less += 1;
            }
        }
        let mut equal = less;
        for i in less..self.end {
            if self.data[i] == pivot {
                self.data.swap(i, equal);
                equal += 1;
            }
        }
        (less, equal)
    }

    fn side_of(rank: usize, less: usize, equal: usize) -> Side {
        if rank < less {
            Side::Left
        } else if rank < equal {
            Side::Middle
        } else {
            Side::Right
        }
    }

    fn narrow_to(mut self, rank: usize) -> T {
        loop {
            if self.end - self.start == 1 {
                return self.data[self.start];
            }
            let pivot = self.next_pivot();
            let (less, equal) = self.split_around(pivot);
            match Self::side_of(rank, less, equal) {
                Side::Left => self.end = less,
                Side::Middle => return pivot,
                Side::Right => self.start = equal,
            }
        }
    }
}

fn nearest_rank_index(n: usize, p: u32) -> usize {
    let rank = (n * p as usize).div_ceil(100).max(1);
    rank - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if p > 100 || samples.is_empty() {
        return None;
    }
    let idx = nearest_rank_index(samples.len(), p);
    Some(Window::new(samples).narrow_to(idx))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let i99 = nearest_rank_index(n, 99);
    let i95 = nearest_rank_index(n, 95);
    let i50 = nearest_rank_index(n, 50);
    let p99 = Window::new(samples).narrow_to(i99);
    let p95 = Window::new(&mut samples[..=i99]).narrow_to(i95);
    let p50 = Window::new(&mut samples[..=i95]).narrow_to(i50);
    Some(Summary { p50, p95, p99 })
}
