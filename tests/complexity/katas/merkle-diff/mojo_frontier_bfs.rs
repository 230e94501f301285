// learner: optimal
// idiom: Mojo: level-synchronous descent: a frontier Vec of differing node indices per level, double-buffered (swap two reserved Vecs), no recursion
// why: each level compares only the children of differing nodes (<= 2d per level): O(d log n) comparisons, frontier O(d); build O(n)

//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::marker::PhantomData;
use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
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
    levels: Vec<Vec<H::Digest>>, // levels[0] = leaves
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels = Vec::new();
        if !blocks.is_empty() {
            let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
            levels.push(leaves);
            loop {
                let below = levels.last().unwrap();
                if below.len() == 1 {
                    break;
                }
                let up: Vec<H::Digest> = below
                    .chunks(2)
                    .map(|pair| if pair.len() == 2 { H::node(pair[0], pair[1]) } else { pair[0] })
                    .collect();
                levels.push(up);
            }
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        if self.levels.is_empty() { 0 } else { self.levels[0].len() }
    }

    pub fn is_empty(&self) -> bool {
        self.levels.is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        Some(*self.levels.last()?.first()?)
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "cannot diff trees of different length");
        let mut out: Vec<Range<usize>> = Vec::new();
        let depth = self.levels.len();
        if depth == 0 {
            return out;
        }
        let mut cur: Vec<usize> = Vec::with_capacity(8);
        let mut next: Vec<usize> = Vec::with_capacity(8);
        if self.levels[depth - 1][0] != other.levels[depth - 1][0] {
            cur.push(0);
        }
        for lvl in (0..depth - 1).rev() {
            let mine = &self.levels[lvl];
            let theirs = &other.levels[lvl];
            next.clear();
            for &p in &cur {
                let l = 2 * p;
                if mine[l] != theirs[l] {
                    next.push(l);
                }
                if l + 1 < mine.len() && mine[l + 1] != theirs[l + 1] {
                    next.push(l + 1);
                }
            }
            std::mem::swap(&mut cur, &mut next);
        }
        // cur now holds the differing leaf indices, increasing
        for &i in &cur {
            match out.last_mut() {
                Some(r) if r.end == i => r.end = i + 1,
                _ => out.push(i..i + 1),
            }
        }
        out
    }
}
