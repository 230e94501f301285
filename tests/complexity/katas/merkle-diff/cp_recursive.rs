// learner: optimal
// idiom: competitive programmer: Vec<Vec<D>> levels, recursive fn with (level, index), one-letter names
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
    l: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(b: &[&[u8]]) -> Self {
        let mut l = vec![b.iter().map(|x| H::leaf(x)).collect::<Vec<_>>()];
        while l.last().unwrap().len() > 1 {
            let p = l.last().unwrap();
            let mut q = Vec::with_capacity((p.len() + 1) / 2);
            let mut i = 0;
            while i < p.len() {
                q.push(if i + 1 < p.len() { H::node(p[i], p[i + 1]) } else { p[i] });
                i += 2;
            }
            l.push(q);
        }
        MerkleTree { l, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize { self.l[0].len() }
    pub fn is_empty(&self) -> bool { self.l[0].is_empty() }
    pub fn root(&self) -> Option<H::Digest> { self.l.last().unwrap().first().copied() }

    fn go(&self, o: &Self, k: usize, i: usize, r: &mut Vec<Range<usize>>) {
        if i >= self.l[k].len() || self.l[k][i] == o.l[k][i] { return; }
        if k == 0 {
            match r.last_mut() { Some(x) if x.end == i => x.end += 1, _ => r.push(i..i + 1) }
            return;
        }
        self.go(o, k - 1, 2 * i, r);
        self.go(o, k - 1, 2 * i + 1, r);
    }

    pub fn diff(&self, o: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == o.len(), "length mismatch: {} vs {}", self.len(), o.len());
        let mut r = vec![];
        if !self.is_empty() { self.go(o, self.l.len() - 1, 0, &mut r); }
        r
    }
}
