// learner: optimal
// idiom: Mojo: one AtomicU8 state byte (EMPTY / RUNNING / READY) as the whole fast path; the slow path claims RUNNING with a CAS and parks losers on a Condvar
// why: readers do one Acquire load of the byte: O(1), lock-free; get never waits (RUNNING reads as None); init runs once, a panic resets the byte to EMPTY

//! One-time initialisation that is safe under many threads.
//!
//! Built from `std::sync::Mutex` / atomics and an `UnsafeCell`.

use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

const EMPTY: u8 = 0;
const RUNNING: u8 = 1;
const READY: u8 = 2;

pub struct OnceCell<T> {
    state: AtomicU8,
    park: Mutex<()>,
    wake: Condvar,
    value: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: `value` is written only by the single thread that won the
// EMPTY -> RUNNING CAS, and read only after `state == READY` was observed
// with Acquire (the writer stores READY with Release after writing).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

/// Resets RUNNING -> EMPTY and wakes the parked threads if init unwinds.
struct Reset<'a, T> {
    cell: &'a OnceCell<T>,
}

impl<T> Drop for Reset<'_, T> {
    fn drop(&mut self) {
        let _g = self.cell.park.lock().unwrap_or_else(PoisonError::into_inner);
        self.cell.state.store(EMPTY, Ordering::Release);
        self.cell.wake.notify_all();
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(EMPTY),
            park: Mutex::new(()),
            wake: Condvar::new(),
            value: UnsafeCell::new(MaybeUninit::uninit()),
        }
    }

    #[inline(always)]
    fn is_ready(&self) -> bool {
        self.state.load(Ordering::Acquire) == READY
    }

    #[inline(always)]
    unsafe fn read(&self) -> &T {
        (*self.value.get()).assume_init_ref()
    }

    #[inline(always)]
    pub fn get(&self) -> Option<&T> {
        if self.is_ready() {
            // SAFETY: READY seen with Acquire
            Some(unsafe { self.read() })
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if self.is_ready() {
            return unsafe { self.read() };
        }
        let mut init = Some(init);
        loop {
            match self.state.compare_exchange(EMPTY, RUNNING, Ordering::Acquire, Ordering::Acquire) {
                Ok(_) => {
                    let reset = Reset { cell: self };
                    let f = init.take().expect("init used once");
                    let v = f();
                    std::mem::forget(reset);
                    // SAFETY: we own the RUNNING state: nobody else touches value
                    unsafe { (*self.value.get()).write(v) };
                    let _g = self.park.lock().unwrap_or_else(PoisonError::into_inner);
                    self.state.store(READY, Ordering::Release);
                    self.wake.notify_all();
                    drop(_g);
                    return unsafe { self.read() };
                }
                Err(READY) => return unsafe { self.read() },
                Err(_) => {
                    // someone else is running its init: park until it finishes or fails
                    let g = self.park.lock().unwrap_or_else(PoisonError::into_inner);
                    let _g = self
                        .wake
                        .wait_while(g, |_| self.state.load(Ordering::Acquire) == RUNNING)
                        .unwrap_or_else(PoisonError::into_inner);
                }
            }
        }
    }

    pub fn into_inner(self) -> Option<T> {
        let me = std::mem::ManuallyDrop::new(self);
        if me.state.load(Ordering::Acquire) == READY {
            // SAFETY: READY, and `me` will not drop the value again
            Some(unsafe { std::ptr::read(me.value.get()).assume_init() })
        } else {
            None
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.state.get_mut() == READY {
            // SAFETY: initialised, and dropped exactly once here
            unsafe { self.value.get_mut().assume_init_drop() };
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
    /// A lazy value that `init` will compute. `const`, for use in a `static`.
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    /// Computes the value if needed and returns it.
    ///
    /// # Panics
    /// If the initialiser panicked on an earlier access (it is gone then),
    /// every later access panics too.
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let f = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match f {
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
