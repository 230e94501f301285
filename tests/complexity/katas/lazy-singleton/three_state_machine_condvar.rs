// learner: optimal
// idiom: Coq-trained formal methods student: an explicit three-state machine EMPTY -> RUNNING -> READY in an AtomicU8, transitions by compare_exchange, waiters on a Condvar, a drop guard for the RUNNING -> EMPTY edge on panic
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Condvar, Mutex};

const EMPTY: u8 = 0;
const RUNNING: u8 = 1;
const READY: u8 = 2;

/// A cell that is written at most once and then only read.
///
/// Invariants:
///  (I1) `state == READY`   ⇒ `slot` is initialised, and stays so until drop.
///  (I2) `state == RUNNING` ⇒ exactly one thread (the owner) may write `slot`.
///  (I3) the only transitions are EMPTY→RUNNING, RUNNING→READY, RUNNING→EMPTY (unwind).
pub struct OnceCell<T> {
    state: AtomicU8,
    lock: Mutex<()>,
    cv: Condvar,
    slot: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: by (I1)-(I3) there is one writer, strictly before any reader; readers share &T
// (T: Sync), and the value may be dropped on another thread than its creator (T: Send).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

/// Realises the RUNNING → EMPTY edge if the initialiser unwinds.
struct Reset<'a, T> {
    cell: &'a OnceCell<T>,
}

impl<T> Drop for Reset<'_, T> {
    fn drop(&mut self) {
        let _g = self.cell.lock.lock().unwrap_or_else(|e| e.into_inner());
        self.cell.state.store(EMPTY, Ordering::Release);
        self.cell.cv.notify_all();
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(EMPTY),
            lock: Mutex::new(()),
            cv: Condvar::new(),
            slot: UnsafeCell::new(MaybeUninit::uninit()),
        }
    }

    pub fn get(&self) -> Option<&T> {
        match self.state.load(Ordering::Acquire) {
            // SAFETY: (I1).
            READY => Some(unsafe { (*self.slot.get()).assume_init_ref() }),
            _ => None,
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        {
            let mut g = self.lock.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                match self.state.compare_exchange(EMPTY, RUNNING, Ordering::Acquire, Ordering::Acquire) {
                    Ok(_) => break,
                    // SAFETY: (I1).
                    Err(READY) => return unsafe { (*self.slot.get()).assume_init_ref() },
                    Err(_) => g = self.cv.wait(g).unwrap_or_else(|e| e.into_inner()),
                }
            }
        }
        // We own RUNNING: by (I2) we are the only writer.
        let reset = Reset { cell: self };
        let value = init();
        // SAFETY: (I2), and the slot is uninitialised since state was EMPTY.
        unsafe { (*self.slot.get()).write(value) };
        std::mem::forget(reset);
        let _g = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        self.state.store(READY, Ordering::Release);
        self.cv.notify_all();
        drop(_g);
        // SAFETY: (I1), just established.
        unsafe { (*self.slot.get()).assume_init_ref() }
    }

    pub fn into_inner(self) -> Option<T> {
        let mut this = std::mem::ManuallyDrop::new(self);
        if *this.state.get_mut() == READY {
            // SAFETY: (I1); ManuallyDrop keeps Drop from touching the slot again.
            Some(unsafe { this.slot.get_mut().assume_init_read() })
        } else {
            None
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.state.get_mut() == READY {
            // SAFETY: (I1), and &mut self means no reader is left.
            unsafe { self.slot.get_mut().assume_init_drop() }
        }
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A value computed on first access by `F`, at most once.
pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    /// # Panics
    /// If the initialiser panicked on an earlier access, every later access panics too.
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let taken = this.init.lock().unwrap_or_else(|e| e.into_inner()).take();
            match taken {
                Some(f) => f(),
                None => panic!("Lazy instance has previously been poisoned"),
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}

