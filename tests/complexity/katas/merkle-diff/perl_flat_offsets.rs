// learner: optimal
// idiom: Perl-ish flat array: every level appended to one Vec with an offsets table, while loops with manual counters, stack of (level, idx) popped in a loop

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
/// root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    d: Vec<H::Digest>,
    off: Vec<usize>, // off[k] = start of level k in d; level k has off[k+1]-off[k] nodes
    n: usize,
    _h: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut d = Vec::with_capacity(2 * n + 64);
        let mut off = vec![0];
        let mut i = 0;
        while i < n { d.push(H::leaf(blocks[i])); i += 1; }
        off.push(d.len());
        let mut w = n;
        while w > 1 {
            let s = off[off.len() - 2];
            let mut j = 0;
            while j + 1 < w { let x = H::node(d[s + j], d[s + j + 1]); d.push(x); j += 2; }
            if j < w { let x = d[s + j]; d.push(x); }
            w = (w + 1) / 2;
            off.push(d.len());
        }
        MerkleTree { d, off, n, _h: PhantomData }
    }

    pub fn len(&self) -> usize { self.n }

    pub fn is_empty(&self) -> bool { self.n == 0 }

    pub fn root(&self) -> Option<H::Digest> {
        if self.n == 0 { None } else { self.d.last().copied() }
    }

    fn width(&self, k: usize) -> usize { self.off[k + 1] - self.off[k] }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.n != other.n { panic!("diff: length mismatch ({} vs {})", self.n, other.n); }
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.n == 0 { return out; }
        let mut st = vec![(self.off.len() - 2, 0usize)];
        while let Some((k, i)) = st.pop() {
            let p = self.off[k] + i;
            if self.d[p] == other.d[p] { continue; }
            if k == 0 {
                match out.last_mut() {
                    Some(r) if r.end == i => r.end += 1,
                    _ => out.push(i..i + 1),
                }
                continue;
            }
            if 2 * i + 1 < self.width(k - 1) { st.push((k - 1, 2 * i + 1)); }
            st.push((k - 1, 2 * i));
        }
        out
    }
}
