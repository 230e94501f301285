// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): ranges live in a sorted Vec, so every insert/drain shifts the tail
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError { OutOfBounds { offset: u64, len: u64, size: u64 } }

#[derive(Debug, Clone)]
pub struct Upload { size: u64, r: Vec<(u64, u64)>, got: u64 }

impl Upload {
    pub fn new(size: u64) -> Self { Upload { size, r: vec![], got: 0 } }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let size = self.size;
        let mut b = match offset.checked_add(len) { Some(e) if e <= size => e, _ => return Err(UploadError::OutOfBounds { offset, len, size }) };
        if len == 0 { return Ok(0); }
        let mut a = offset;
        let lo = self.r.partition_point(|&(_, e)| e < a);
        let hi = self.r.partition_point(|&(s, _)| s <= b);
        let old: u64 = self.r[lo..hi].iter().map(|&(s, e)| { a = a.min(s); b = b.max(e); e - s }).sum();
        self.r.drain(lo..hi);
        self.r.insert(lo, (a, b));
        self.got += b - a - old;
        Ok(b - a - old)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut at = 0;
        let mut v: Vec<Range<u64>> = self.r.iter().filter_map(|&(s, e)| { let g = at..s; at = e; (s > g.start).then_some(g) }).collect();
        if at < self.size { v.push(at..self.size) }
        v
    }

    pub fn received_bytes(&self) -> u64 { self.got }
    pub fn is_complete(&self) -> bool { self.got == self.size }
}
