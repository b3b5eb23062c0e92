package io.thoisu.timeline;

import io.thoisu.model.Claim;
import java.util.Optional;
import java.util.Set;

/**
 * A claim read for comparison: what kind of amount it is, what it counts ({@code counted}: a count-noun class,
 * a unit), what happened to it ({@code predicate}, the first of {@code predicates}, e.g. "evacuated"), the counted
 * noun phrase for figures without a predicate, the subgroup it counts ("du khách Việt Nam"), the names in its
 * clause before it (who gives, sends or pays: "đoàn công tác của tỉnh Đông Vân đã trao"), the reach it is told
 * for, what it is a rate of ({@code per}: "25.000 đồng mỗi suất", "7,2 triệu đồng/tháng"; empty for a total),
 * whether it is a limit, plan or demand rather than a fact ({@code modality}, empty for a fact), whether its
 * sentence reports it as an update of earlier figures ({@code revision}), whether it is no total at all
 * ({@code noTotal}: an increment, "thêm 3 thi thể", a rank, "đứng 120 thế giới", or an order of size, "hàng
 * trăm"), where its day came from, whose age it is ({@code holder}: the name before "(24 tuổi)", empty for
 * other figures) and the item a property figure belongs to ({@code item}, {@link ValuedItem#NONE} for others).
 */
record Figure(Claim claim, QuantityKind kind, String counted, Optional<String> predicate, Set<String> predicates,
              String predicateText, boolean predicateBefore, String nounPhrase, String subgroup, Set<String> actors,
              Scope scope,
              String per, String modality, boolean revision, boolean noTotal, String qualifier, Optional<String> date,
              DaySource daySource, String holder, ValuedItem item) {
    /** Where a figure's day came from: named in its sentence, pointed at from the writing day, or publication. */
    enum DaySource { NAMED, RELATIVE, PUBLICATION }

    Figure {
        predicates = Set.copyOf(predicates);
        actors = Set.copyOf(actors);
    }

    Figure withDate(Optional<String> newDate) {
        return new Figure(claim, kind, counted, predicate, predicates, predicateText, predicateBefore, nounPhrase,
                subgroup, actors, scope, per, modality, revision, noTotal, qualifier, newDate, DaySource.PUBLICATION,
                holder, item);
    }
}
