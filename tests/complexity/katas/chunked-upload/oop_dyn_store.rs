// learner: optimal
// idiom: OOP: a RangeStore trait (cover/gaps) with a BTreeMap-backed Coverage impl, Upload holds Box<dyn RangeStore>, labelled loop to swallow neighbours, gaps as a method returning impl Iterator
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}
use std::collections::BTreeMap;

trait RangeStore: std::fmt::Debug {
    /// Marks `lo..hi` covered; returns how many bytes were newly covered.
    fn cover(&mut self, lo: u64, hi: u64) -> u64;
    fn spans(&self) -> Box<dyn Iterator<Item = (u64, u64)> + '_>;
    fn boxed_clone(&self) -> Box<dyn RangeStore>;
}

#[derive(Debug, Clone, Default)]
struct Coverage {
    by_start: BTreeMap<u64, u64>,
}

impl Coverage {
    fn take_touching_left(&mut self, lo: u64) -> Option<(u64, u64)> {
        let (&s, &e) = self.by_start.range(..lo).next_back()?;
        if e < lo {
            return None;
        }
        self.by_start.remove(&s);
        Some((s, e))
    }
}

impl RangeStore for Coverage {
    fn cover(&mut self, lo: u64, hi: u64) -> u64 {
        let (mut lo, mut hi) = (lo, hi);
        let mut already = 0;
        if let Some((s, e)) = self.take_touching_left(lo) {
            already += e - s;
            lo = s;
            hi = hi.max(e);
        }
        'swallow: loop {
            let next = self.by_start.range(lo..=hi).next().map(|(&s, &e)| (s, e));
            match next {
                None => break 'swallow,
                Some((s, e)) => {
                    self.by_start.remove(&s);
                    already += e - s;
                    hi = hi.max(e);
                }
            }
        }
        self.by_start.insert(lo, hi);
        (hi - lo) - already
    }

    fn spans(&self) -> Box<dyn Iterator<Item = (u64, u64)> + '_> {
        Box::new(self.by_start.iter().map(|(&s, &e)| (s, e)))
    }

    fn boxed_clone(&self) -> Box<dyn RangeStore> {
        Box::new(self.clone())
    }
}

#[derive(Debug)]
pub struct Upload {
    size: u64,
    received: u64,
    store: Box<dyn RangeStore>,
}

impl Clone for Upload {
    fn clone(&self) -> Self {
        Upload { size: self.size, received: self.received, store: self.store.boxed_clone() }
    }
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, received: 0, store: Box::new(Coverage::default()) }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let fits = offset.checked_add(len).filter(|&end| end <= self.size);
        let end = fits.ok_or(UploadError::OutOfBounds { offset, len, size: self.size })?;
        if len == 0 {
            return Ok(0);
        }
        let fresh = self.store.cover(offset, end);
        self.received += fresh;
        Ok(fresh)
    }

    fn gaps(&self) -> impl Iterator<Item = Range<u64>> + '_ {
        let size = self.size;
        let mut cursor = 0u64;
        let mut inner = self.store.spans();
        let mut finished = false;
        std::iter::from_fn(move || loop {
            if finished {
                return None;
            }
            match inner.next() {
                Some((s, e)) => {
                    let gap = cursor..s;
                    cursor = e;
                    if !gap.is_empty() {
                        return Some(gap);
                    }
                }
                None => {
                    finished = true;
                    if cursor < size {
                        return Some(cursor..size);
                    }
                }
            }
        })
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        self.gaps().collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
