// learner: optimal
// idiom: Kotlin-ish: BTreeMap keyed by END -> start, first range with end >= a via range(a..), early returns, Option combinators
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    total_size: u64,
    bytes_in: u64,
    by_end: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Self { total_size: size, bytes_in: 0, by_end: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let out_of_bounds = UploadError::OutOfBounds { offset, len, size: self.total_size };
        let end = offset.checked_add(len).filter(|&e| e <= self.total_size).ok_or(out_of_bounds)?;
        if len == 0 {
            return Ok(0);
        }
        let (mut from, mut to, mut seen) = (offset, end, 0u64);
        // every stored range that ends at or after `offset` and starts at or before `end`
        while let Some((range_end, range_start)) = self.by_end.range(offset..).next().map(|(&e, &s)| (e, s)) {
            if range_start > end {
                break;
            }
            self.by_end.remove(&range_end);
            seen += range_end - range_start;
            from = from.min(range_start);
            to = to.max(range_end);
        }
        self.by_end.insert(to, from);
        let fresh = to - from - seen;
        self.bytes_in += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut holes = Vec::new();
        let mut next_needed = 0;
        self.by_end.iter().for_each(|(&e, &s)| {
            if s > next_needed {
                holes.push(next_needed..s);
            }
            next_needed = e;
        });
        if next_needed < self.total_size {
            holes.push(next_needed..self.total_size);
        }
        holes
    }

    pub fn received_bytes(&self) -> u64 {
        self.bytes_in
    }

    pub fn is_complete(&self) -> bool {
        self.bytes_in == self.total_size
    }
}
