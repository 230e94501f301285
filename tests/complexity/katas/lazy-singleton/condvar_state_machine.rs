// learner: optimal
// idiom: Delphi/Object Pascal desktop developer: an explicit TState enum behind a Mutex plus a Condvar (like a TEvent), init runs outside the lock, a guard object resets on exception, manual destructor
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex};

#[derive(Clone, Copy, PartialEq, Eq)]
enum TInitState {
    Empty,
    Running,
    Done,
}

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    FReady: AtomicBool,
    FState: Mutex<TInitState>,
    FChanged: Condvar,
    FValue: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: FValue is written exactly once, by the single thread that moved
// FState from Empty to Running, and FReady is published with Release only
// afterwards; readers look at FValue only after an Acquire load of FReady.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

/// Like a try..except block: if the initialiser raises, put the state back to Empty
/// and wake the waiters so that one of them can retry.
struct TRollback<'a, T> {
    Owner: &'a OnceCell<T>,
    Committed: bool,
}

impl<T> Drop for TRollback<'_, T> {
    fn drop(&mut self) {
        if !self.Committed {
            let mut LState = self.Owner.LockState();
            *LState = TInitState::Empty;
            drop(LState);
            self.Owner.FChanged.notify_all();
        }
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            FReady: AtomicBool::new(false),
            FState: Mutex::new(TInitState::Empty),
            FChanged: Condvar::new(),
            FValue: UnsafeCell::new(MaybeUninit::uninit()),
        }
    }

    fn LockState(&self) -> std::sync::MutexGuard<'_, TInitState> {
        match self.FState.lock() {
            Ok(Guard) => Guard,
            Err(Poisoned) => Poisoned.into_inner(),
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.FReady.load(Ordering::Acquire) {
            // SAFETY: FReady is set only after the value was written.
            Some(unsafe { (*self.FValue.get()).assume_init_ref() })
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(Value) = self.get() {
            return Value;
        }
        let mut LState = self.LockState();
        loop {
            match *LState {
                TInitState::Done => {
                    drop(LState);
                    return self.get().unwrap();
                }
                TInitState::Running => {
                    LState = match self.FChanged.wait(LState) {
                        Ok(Guard) => Guard,
                        Err(Poisoned) => Poisoned.into_inner(),
                    };
                }
                TInitState::Empty => break,
            }
        }
        *LState = TInitState::Running;
        drop(LState);

        let mut Rollback = TRollback { Owner: self, Committed: false };
        let NewValue = init();
        // SAFETY: only the thread that set Running gets here, and no reader
        // touches FValue before FReady becomes true.
        unsafe { (*self.FValue.get()).write(NewValue) };
        self.FReady.store(true, Ordering::Release);
        Rollback.Committed = true;

        let mut LState = self.LockState();
        *LState = TInitState::Done;
        drop(LState);
        self.FChanged.notify_all();
        self.get().unwrap()
    }

    pub fn into_inner(mut self) -> Option<T> {
        let Result = if *self.FReady.get_mut() {
            *self.FReady.get_mut() = false; // so that Drop does not free it again
            // SAFETY: ready means initialised; the flag is cleared so it is read once.
            Some(unsafe { (*self.FValue.get()).assume_init_read() })
        } else {
            None
        };
        Result
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.FReady.get_mut() {
            // SAFETY: initialised and never moved out (into_inner clears the flag).
            unsafe { self.FValue.get_mut().assume_init_drop() };
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

    pub fn force(this: &Self) -> &T {
        if let Some(Value) = this.cell.get() {
            return Value;
        }
        this.cell.get_or_init(|| {
            let Taken = match this.init.lock() {
                Ok(mut Guard) => Guard.take(),
                Err(Poisoned) => Poisoned.into_inner().take(),
            };
            match Taken {
                Some(InitProc) => InitProc(),
                None => panic!("Lazy: the initialiser raised an exception earlier"),
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
