// learner: optimal
// idiom: competitive-programmer style: one flat Vec with level offsets, short names, index loops, inline stack walk
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

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    t: Vec<H::Digest>,  // all levels concatenated, leaves first
    off: Vec<usize>,    // off[l] = start of level l in t; off[last] = t.len()
    n: usize,
    _h: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut t = Vec::with_capacity(2 * n + 1);
        let mut off = vec![0];
        for b in blocks { t.push(H::leaf(b)); }
        off.push(t.len());
        let (mut s, mut e) = (0, n);
        while e - s > 1 {
            let mut i = s;
            while i < e {
                let d = if i + 1 < e { H::node(t[i], t[i + 1]) } else { t[i] };
                t.push(d);
                i += 2;
            }
            s = e; e = t.len();
            off.push(e);
        }
        MerkleTree { t, off, n, _h: PhantomData }
    }

    pub fn len(&self) -> usize { self.n }

    pub fn is_empty(&self) -> bool { self.n == 0 }

    pub fn root(&self) -> Option<H::Digest> {
        if self.n == 0 { None } else { Some(self.t[self.t.len() - 1]) }
    }

    pub fn diff(&self, o: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.n, o.n, "length mismatch");
        let mut r: Vec<Range<usize>> = Vec::new();
        if self.n == 0 { return r; }
        let h = self.off.len() - 2;
        let mut st = vec![(h, 0usize)];
        while let Some((l, i)) = st.pop() {
            let p = self.off[l] + i;
            if self.t[p] == o.t[p] { continue; }
            if l == 0 {
                if let Some(x) = r.last_mut() { if x.end == i { x.end += 1; continue; } }
                r.push(i..i + 1);
                continue;
            }
            let w = self.off[l] - self.off[l - 1];
            if 2 * i + 1 < w { st.push((l - 1, 2 * i + 1)); }
            st.push((l - 1, 2 * i));
        }
        r
    }
}

