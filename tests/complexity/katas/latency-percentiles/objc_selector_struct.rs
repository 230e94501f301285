// learner: optimal
// idiom: ObjC-style: a RankSelector struct owning the slice and mutable lo/hi bounds plus RNG state, loop-based, verbose names
//! Latency percentiles by selection: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct RankSelector<'a, T> {
    samples: &'a mut [T],
    randomState: u64,
}

#[allow(non_snake_case)]
impl<'a, T: Ord + Copy> RankSelector<'a, T> {
    fn initWithSamples(samples: &'a mut [T]) -> Self {
        RankSelector { samples, randomState: 0x1234_5678_9ABC_DEF1 }
    }

    fn nextRandomIndexInRange(&mut self, lowerBound: usize, upperBound: usize) -> usize {
        self.randomState ^= self.randomState << 13;
        self.randomState ^= self.randomState >> 7;
        self.randomState ^= self.randomState << 17;
        lowerBound + (self.randomState % (upperBound - lowerBound) as u64) as usize
    }

    /// Partitions samples[lowerBound..upperBound] three ways; returns the bounds of the equal block.
    fn partitionAroundPivotValue(&mut self, lowerBound: usize, upperBound: usize, pivotValue: T) -> (usize, usize) {
        let mut lessThanEnd = lowerBound;
        let mut scanIndex = lowerBound;
        let mut greaterThanStart = upperBound;
        while scanIndex < greaterThanStart {
            let currentValue = self.samples[scanIndex];
            if currentValue < pivotValue {
                self.samples.swap(lessThanEnd, scanIndex);
                lessThanEnd += 1;
                scanIndex += 1;
            } else if currentValue > pivotValue {
                greaterThanStart -= 1;
                self.samples.swap(scanIndex, greaterThanStart);
            } else {
                scanIndex += 1;
            }
        }
        (lessThanEnd, greaterThanStart)
    }

    fn valueOfZeroBasedRankWithinPrefix(&mut self, targetRank: usize, prefixLength: usize) -> T {
        let mut lowerBound = 0usize;
        let mut upperBound = prefixLength;
        loop {
            let pivotIndex = self.nextRandomIndexInRange(lowerBound, upperBound);
            let pivotValue = self.samples[pivotIndex];
            let (equalStart, equalEnd) = self.partitionAroundPivotValue(lowerBound, upperBound, pivotValue);
            if targetRank < equalStart {
                upperBound = equalStart;
            } else if targetRank >= equalEnd {
                lowerBound = equalEnd;
            } else {
                return pivotValue;
            }
        }
    }
}

fn zeroBasedNearestRank(sampleCount: usize, percent: u32) -> usize {
    let rankOneBased = (percent as usize * sampleCount).div_ceil(100);
    if rankOneBased == 0 {
        0
    } else {
        rankOneBased - 1
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() {
        return None;
    }
    if p > 100 {
        return None;
    }
    let sampleCount = samples.len();
    let targetRank = zeroBasedNearestRank(sampleCount, p);
    let mut selector = RankSelector::initWithSamples(samples);
    Some(selector.valueOfZeroBasedRankWithinPrefix(targetRank, sampleCount))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let sampleCount = samples.len();
    let rankForP99 = zeroBasedNearestRank(sampleCount, 99);
    let rankForP95 = zeroBasedNearestRank(sampleCount, 95);
    let rankForP50 = zeroBasedNearestRank(sampleCount, 50);
    let mut selector = RankSelector::initWithSamples(samples);
    let p99 = selector.valueOfZeroBasedRankWithinPrefix(rankForP99, sampleCount);
    let p95 = selector.valueOfZeroBasedRankWithinPrefix(rankForP95, rankForP99 + 1);
    let p50 = selector.valueOfZeroBasedRankWithinPrefix(rankForP50, rankForP95 + 1);
    Some(Summary { p50, p95, p99 })
}
