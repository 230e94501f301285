// learner: slow
// why: percentile is O(n log n) time, target O(n): `sort` is banned, so the whole slice is heapsorted by hand and the rank read off
//! Latency percentiles by selection: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct SampleOrderer<'a, T> {
    samples: &'a mut [T],
}

#[allow(non_snake_case)]
impl<'a, T: Ord + Copy> SampleOrderer<'a, T> {
    fn siftDown(&mut self, mut root: usize, heapSize: usize) {
        loop {
            let leftChild = 2 * root + 1;
            if leftChild >= heapSize {
                return;
            }
            let mut largerChild = leftChild;
            if leftChild + 1 < heapSize && self.samples[leftChild + 1] > self.samples[leftChild] {
                largerChild = leftChild + 1;
            }
            if self.samples[largerChild] <= self.samples[root] {
                return;
            }
            self.samples.swap(root, largerChild);
            root = largerChild;
        }
    }

    fn arrangeAscending(&mut self) {
        let sampleCount = self.samples.len();
        let mut index = sampleCount / 2;
        while index > 0 {
            index -= 1;
            self.siftDown(index, sampleCount);
        }
        let mut end = sampleCount;
        while end > 1 {
            end -= 1;
            self.samples.swap(0, end);
            self.siftDown(0, end);
        }
    }
}

#[allow(non_snake_case)]
fn zeroBasedRank(sampleCount: usize, percent: u32) -> usize {
    (percent as usize * sampleCount).div_ceil(100).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    SampleOrderer { samples: &mut *samples }.arrangeAscending();
    Some(samples[zeroBasedRank(samples.len(), p)])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    SampleOrderer { samples: &mut *samples }.arrangeAscending();
    let n = samples.len();
    Some(Summary {
        p50: samples[zeroBasedRank(n, 50)],
        p95: samples[zeroBasedRank(n, 95)],
        p99: samples[zeroBasedRank(n, 99)],
    })
}
