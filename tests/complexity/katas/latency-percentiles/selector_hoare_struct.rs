// learner: optimal
// idiom: Swift-server style: a Selector struct owning the RNG with private methods (nearestRankIndex, partition, select), Hoare partition on subslices, guard-style returns
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct Selector {
    state: u64,
}

#[allow(non_snake_case)]
impl Selector {
    fn new() -> Self {
        Self { state: 0x853c_49e6_748f_ea9b }
    }

    fn nextRandom(&mut self, bound: usize) -> usize {
        // splitmix64
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        var_mix(self.state) as usize % bound
    }

    fn nearestRankIndex(count: usize, percent: u32) -> usize {
        (percent as usize * count).div_ceil(100).max(1) - 1
    }

    /// Hoare partition: returns j such that items[..=j] <= pivot <= items[j+1..].
    fn partition<T: Ord + Copy>(&mut self, items: &mut [T]) -> usize {
        let pivot = items[self.nextRandom(items.len())];
        let mut left = 0usize;
        let mut right = items.len() - 1;
        loop {
            while items[left] < pivot {
                left += 1;
            }
            while items[right] > pivot {
                right -= 1;
            }
            if left >= right {
                return right;
            }
            items.swap(left, right);
            left += 1;
            right -= 1;
        }
    }

    fn select<T: Ord + Copy>(&mut self, items: &mut [T], target: usize) -> T {
        let mut window = items;
        let mut wanted = target;
        while window.len() > 1 {
            let split = self.partition(window);
            let (lower, upper) = window.split_at_mut(split + 1);
            if wanted <= split {
                window = lower;
            } else {
                wanted -= split + 1;
                window = upper;
            }
        }
        window[0]
    }
}

fn var_mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    guard(!samples.is_empty() && p <= 100)?;
    let index = Selector::nearestRankIndex(samples.len(), p);
    Some(Selector::new().select(samples, index))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    guard(!samples.is_empty())?;
    let count = samples.len();
    let mut selector = Selector::new();
    let i99 = Selector::nearestRankIndex(count, 99);
    let i95 = Selector::nearestRankIndex(count, 95);
    let i50 = Selector::nearestRankIndex(count, 50);
    let p99 = selector.select(samples, i99);
    let p95 = selector.select(&mut samples[..=i99], i95);
    let p50 = selector.select(&mut samples[..=i95], i50);
    Some(Summary { p50, p95, p99 })
}

fn guard(condition: bool) -> Option<()> {
    condition.then_some(())
}
