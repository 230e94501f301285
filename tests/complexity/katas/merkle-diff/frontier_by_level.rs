// learner: optimal
// idiom: quant-style: level-synchronous descent keeping a frontier of differing node indices per level (two swapped buffers), carried-up nodes skip the redundant compare
//! Merkle tree and diff (frontier by level).

use std::fmt::Debug;
use std::marker::PhantomData;
use std::ops::Range;

pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    fn leaf(data: &[u8]) -> Self::Digest;
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    n: usize,
    _p: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        if n > 0 {
            levels.push(blocks.iter().map(|b| H::leaf(b)).collect());
            while levels.last().unwrap().len() > 1 {
                let below = levels.last().unwrap();
                let up: Vec<H::Digest> = below
                    .chunks(2)
                    .map(|c| if c.len() == 2 { H::node(c[0], c[1]) } else { c[0] })
                    .collect();
                levels.push(up);
            }
        }
        MerkleTree { levels, n, _p: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        Some(*self.levels.last()?.first()?)
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.n != other.n {
            panic!("cannot diff trees of different length ({} and {})", self.n, other.n);
        }
        let mut res: Vec<Range<usize>> = Vec::new();
        let depth = self.levels.len();
        if depth == 0 || self.levels[depth - 1][0] == other.levels[depth - 1][0] {
            return res;
        }
        let mut front: Vec<usize> = vec![0];
        let mut next: Vec<usize> = Vec::new();
        for k in (0..depth - 1).rev() {
            next.clear();
            let w = self.levels[k].len();
            let (a, b) = (&self.levels[k], &other.levels[k]);
            for &p in &front {
                let l = 2 * p;
                if l + 1 >= w {
                    next.push(l); // carried up: same digest as its parent, known to differ
                    continue;
                }
                if a[l] != b[l] {
                    next.push(l);
                }
                if a[l + 1] != b[l + 1] {
                    next.push(l + 1);
                }
            }
            std::mem::swap(&mut front, &mut next);
        }
        for &i in &front {
            match res.last_mut() {
                Some(r) if r.end == i => r.end = i + 1,
                _ => res.push(i..i + 1),
            }
        }
        res
    }
}
